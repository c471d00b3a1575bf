import { cy } from '../../packages/core/src/i18n/cy.js';
import { markScorerCy } from '../../packages/mark-scorer/src/i18n/cy.js';
import './trivial-lit.js';

export { cy, markScorerCy };
