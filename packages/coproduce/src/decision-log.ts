// The <decision-log> element's classes and types, with no side effects (import 'coproduce/decision-log/define' to register the tag).
export * from '@coproduce/decision-log';
