// The <values-agreement> element's classes and types, with no side effects (import 'coproduce/values-agreement/define' to register the tag).
export * from '@coproduce/values-agreement';
