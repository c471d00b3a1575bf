// The <coproduction-project> element's classes and types, with no side effects (import 'coproduce/coproduction-project/define' to register the tag).
export * from '@coproduce/coproduction-project';
