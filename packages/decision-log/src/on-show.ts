import { allTags, find, type Found, type Query } from './find.js';
import { publicCopy } from './public-copy.js';
import type { Decision, DecisionLogDocument } from './schema.js';

/**
 * What the log shows, each worked out again only when what it comes from
 * changes: the decisions on show (on the board, its public copy), those the
 * search and filters find, and their tags. A log of 20,000 decisions is not
 * searched again on every render.
 */
export class OnShow {
  private shownCache: { doc: DecisionLogDocument; board: boolean; names: boolean; shown: readonly Decision[] } | null =
    null;
  private foundCache: { shown: readonly Decision[]; query: Query; today: string; found: Found } | null = null;
  private tagsCache: { shown: readonly Decision[]; locale: string; tags: readonly string[] } | null = null;

  /** The whole log, or on the board its public copy (with names only if the page allows them). */
  decisions(doc: DecisionLogDocument, board: boolean, names: boolean): readonly Decision[] {
    const cache = this.shownCache;
    if (cache?.doc === doc && cache.board === board && cache.names === names) return cache.shown;
    const shown = board ? publicCopy(doc, names).decisions : doc.decisions;
    this.shownCache = { doc, board, names, shown };
    return shown;
  }

  found(shown: readonly Decision[], query: Query, today: string): Found {
    const cache = this.foundCache;
    if (cache?.shown === shown && cache.query === query && cache.today === today) return cache.found;
    const found = find(shown, query, today);
    this.foundCache = { shown, query, today, found };
    return found;
  }

  tags(shown: readonly Decision[], locale: string): readonly string[] {
    const cache = this.tagsCache;
    if (cache?.shown === shown && cache.locale === locale) return cache.tags;
    const tags = allTags(shown, locale);
    this.tagsCache = { shown, locale, tags };
    return tags;
  }
}
