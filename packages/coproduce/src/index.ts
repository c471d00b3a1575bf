/** Every coproduce element class and its types, with no side effects. */
export * from '@coproduce/core';
export * from '@coproduce/coproduction-project';
export * from '@coproduce/mark-scorer';
export * from '@coproduce/values-agreement';
export * from '@coproduce/decision-log';
export * from '@coproduce/icebreaker-picker';
export * from '@coproduce/feedback-form';
