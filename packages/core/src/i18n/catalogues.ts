import { cy } from './cy.js';
import { en, type Catalogue } from './en.js';
import type { Locale } from './locale.js';

/**
 * Every language we ship. Adding one is one file: copy en.ts, translate each
 * string (TypeScript refuses a missing key), add the file here and its code to
 * SUPPORTED_LOCALES in locale.ts.
 */
export const catalogues: Record<Locale, Catalogue> = { en, cy };

export type { Catalogue };
export type MessageKey = keyof Catalogue;
