import type { DecisionLogKey } from './i18n/catalogues.js';
import type { Result } from './schema.js';

// The spreadsheet's columns and words: written by export.ts, read back by read-spreadsheet.ts.

/** The spreadsheet's columns, in order. */
export const COLUMNS = [
  'csv.id',
  'csv.title',
  'csv.decidedOn',
  'csv.what',
  'csv.why',
  'csv.method',
  'csv.votesFor',
  'csv.votesAgainst',
  'csv.votesAbstained',
  'csv.who',
  'csv.people',
  'csv.youSaid',
  'csv.tags',
  'csv.reviewOn',
  'csv.status',
  'csv.statusOn',
  'csv.statusNote',
  'csv.outcome',
  'csv.outcomeText',
  'csv.outcomeOn',
  'csv.board',
  'csv.boardFields',
] as const satisfies readonly DecisionLogKey[];

export type Column = (typeof COLUMNS)[number];

export const resultKey = (result: Result): DecisionLogKey => (result === 'did' ? 'row.did' : 'row.couldNot');
