// The <icebreaker-picker> element's classes and types, with no side effects (import 'coproduce/icebreaker-picker/define' to register the tag).
export * from '@coproduce/icebreaker-picker';
