/**
 * Every coproduce element class and its types, with no side effects, and the
 * little of core a host uses: storage adapters for <coproduction-project>,
 * the error detail every `<tag>-error` carries, and the saved-copy envelope.
 * Core's building blocks (controllers, form helpers, schemas) are not public
 * API: they are at `coproduce/internal`, and may change in any release.
 */
export {
  LocalStorageAdapter,
  MemoryStorageAdapter,
  VERSION,
  type CoproduceErrorCode,
  type CoproduceErrorDetail,
  type DocumentEnvelope,
  type Locale,
  type StorageAdapter,
  type Theme,
} from '@coproduce/core';
export * from '@coproduce/coproduction-project';
export * from '@coproduce/mark-scorer';
export * from '@coproduce/values-agreement';
export * from '@coproduce/decision-log';
export * from '@coproduce/icebreaker-picker';
export * from '@coproduce/feedback-form';
