import { withSharedEasyRead } from '@coproduce/core';
import { icebreakerPickerEasyCy } from './easy-read-cy.js';
import { icebreakerPickerEasyEn } from './easy-read-en.js';

/** <icebreaker-picker>'s Easy Read strings over the shared ones, in every language. */
export const icebreakerPickerEasyRead = withSharedEasyRead({ en: icebreakerPickerEasyEn, cy: icebreakerPickerEasyCy });
