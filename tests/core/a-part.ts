// A part for tests/core/on-demand.test.ts to fetch on demand: nothing else imports it.
export const PART = 'a part fetched on demand';
