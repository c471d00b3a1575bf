// Every Easy Read string, in both languages: the shared ones, each element's, and the 34 icebreakers' steps.
export { sharedEasyRead } from '../../packages/core/src/i18n/easy-read.js';
export { markScorerEasyRead } from '../../packages/mark-scorer/src/i18n/easy-read.js';
export { valuesAgreementEasyRead } from '../../packages/values-agreement/src/i18n/easy-read.js';
export { decisionLogEasyRead } from '../../packages/decision-log/src/i18n/easy-read.js';
export { icebreakerPickerEasyRead } from '../../packages/icebreaker-picker/src/i18n/easy-read.js';
export { feedbackFormEasyRead } from '../../packages/feedback-form/src/i18n/easy-read.js';
export { icebreakersEasyEn } from '../../packages/icebreaker-picker/src/i18n/icebreakers-easy-read-en.js';
export { icebreakersEasyCy } from '../../packages/icebreaker-picker/src/i18n/icebreakers-easy-read-cy.js';
