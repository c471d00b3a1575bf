import { defineElement } from '@coproduce/core';
import { DecisionLog } from './decision-log.js';

defineElement('decision-log', DecisionLog);

declare global {
  interface HTMLElementTagNameMap {
    'decision-log': DecisionLog;
  }
}
