// The <feedback-form> element's classes and types, with no side effects (import 'coproduce/feedback-form/define' to register the tag).
export * from '@coproduce/feedback-form';
