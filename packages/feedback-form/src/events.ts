import type { CoproduceErrorDetail } from '@coproduce/core';
import type { QueueReason } from './delivery.js';
import type { Submission } from './schema.js';

export interface FeedbackSubmitDetail {
  submission: Submission;
}
export interface FeedbackSentDetail {
  id: string;
}
export interface FeedbackQueuedDetail {
  id: string;
  reason: QueueReason;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'feedback-submit': CustomEvent<FeedbackSubmitDetail>;
    'feedback-sent': CustomEvent<FeedbackSentDetail>;
    'feedback-queued': CustomEvent<FeedbackQueuedDetail>;
    'feedback-error': CustomEvent<CoproduceErrorDetail>;
  }
}
