// The <mark-scorer> element's classes and types, with no side effects (import 'coproduce/mark-scorer/define' to register the tag).
export * from '@coproduce/mark-scorer';
