import { withSharedStrings } from '@coproduce/core';
import { decisionLogCy } from './cy.js';
import { decisionLogEn } from './en.js';

/** Every string <decision-log> shows, in every language: its own over the shared ones. */
export const decisionLogCatalogues = withSharedStrings({ en: decisionLogEn, cy: decisionLogCy });

/** A key of a string <decision-log> can show. */
export type DecisionLogKey = keyof typeof decisionLogCatalogues.en;
