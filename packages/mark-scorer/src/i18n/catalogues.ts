import { withSharedStrings } from '@coproduce/core';
import { markScorerCy } from './cy.js';
import { markScorerEn } from './en.js';

/** Every string <mark-scorer> shows, in every language: its own over the shared ones. */
export const markScorerCatalogues = withSharedStrings({ en: markScorerEn, cy: markScorerCy });

/** A key of a string <mark-scorer> can show. */
export type MarkScorerKey = keyof typeof markScorerCatalogues.en;
