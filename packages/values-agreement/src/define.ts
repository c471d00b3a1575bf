import { defineElement } from '@coproduce/core';
import { ValuesAgreement } from './values-agreement.js';

defineElement('values-agreement', ValuesAgreement);

declare global {
  interface HTMLElementTagNameMap {
    'values-agreement': ValuesAgreement;
  }
}
