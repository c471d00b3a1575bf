/**
 * Core's building blocks, for this library's own elements and their tests:
 * not public API, and they may change in any release without notice.
 */
export * from '@coproduce/core';
