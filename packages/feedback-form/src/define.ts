import { defineElement } from '@coproduce/core';
import { FeedbackForm } from './feedback-form.js';

defineElement('feedback-form', FeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'feedback-form': FeedbackForm;
  }
}
