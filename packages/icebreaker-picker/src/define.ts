import { defineElement } from '@coproduce/core';
import { IcebreakerPicker } from './icebreaker-picker.js';

defineElement('icebreaker-picker', IcebreakerPicker);

declare global {
  interface HTMLElementTagNameMap {
    'icebreaker-picker': IcebreakerPicker;
  }
}
