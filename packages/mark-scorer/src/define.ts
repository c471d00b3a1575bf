import { defineElement } from '@coproduce/core';
import { MarkScorer } from './mark-scorer.js';

defineElement('mark-scorer', MarkScorer);

declare global {
  interface HTMLElementTagNameMap {
    'mark-scorer': MarkScorer;
  }
}
