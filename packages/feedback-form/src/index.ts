export {
  FeedbackForm,
  type FeedbackFormChangeDetail,
  type FeedbackQueuedDetail,
  type FeedbackSendDetail,
  type FeedbackSentDetail,
} from './feedback-form.js';
export { defaultQuestions, problemsIn, toSubmission } from './answers.js';
export type { QueueReason } from './delivery.js';
export { feedbackFormCatalogues, type FeedbackFormKey } from './i18n/catalogues.js';
export { feedbackFormEasyRead } from './i18n/easy-read.js';
export {
  LIMITS as FEEDBACK_LIMITS,
  questionListSchema,
  questionSchema,
  submissionSchema,
  type Answer as FeedbackAnswer,
  type Question,
  type Submission,
} from './schema.js';
