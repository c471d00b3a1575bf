import type { CoproduceErrorDetail } from '@coproduce/core';
import type { QueueReason } from './delivery.js';
import type { Submission } from './schema.js';

/** `feedback-form-change`: the person changed an answer. */
export interface FeedbackFormChangeDetail {
  /** The same as the element's `value`: the submission as JSON, or `''` while nothing is answered. */
  value: string;
}

/** `feedback-send`: a submission is about to be sent. Cancelable. */
export interface FeedbackSendDetail {
  /** A copy of what is about to be sent. */
  submission: Submission;
}

/** `feedback-sent`: the server took a submission. */
export interface FeedbackSentDetail {
  submissionId: string;
}

/** `feedback-queued`: a submission is kept in the browser to send later. */
export interface FeedbackQueuedDetail {
  submissionId: string;
  reason: QueueReason;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'feedback-form-change': CustomEvent<FeedbackFormChangeDetail>;
    'feedback-form-error': CustomEvent<CoproduceErrorDetail>;
    'feedback-send': CustomEvent<FeedbackSendDetail>;
    'feedback-sent': CustomEvent<FeedbackSentDetail>;
    'feedback-queued': CustomEvent<FeedbackQueuedDetail>;
  }
}
