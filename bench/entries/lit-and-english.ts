import { en } from '../../packages/core/src/i18n/en.js';
import { markScorerEn } from '../../packages/mark-scorer/src/i18n/en.js';
import './trivial-lit.js';

export { en, markScorerEn };
