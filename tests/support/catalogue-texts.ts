/**
 * Every text our packages ship in a language, so a test of the Welsh covers
 * every catalogue: plain, Easy Read, guidance and the built-in icebreakers.
 *
 * Where to look: each workspace package in the root package.json whose
 * catalogues module (`src/i18n/catalogues.ts`, the one module through which
 * an element gets its words: see core's i18n/catalogues.ts) is named as the
 * package's "entry" in catalogue-files.json. That list names every file in
 * every `packages/<name>/src/i18n/`: tests/contract/catalogue-files.test.mjs checks
 * it against the folders both ways, and tests/core/catalogues.test.ts checks
 * that every word in every file is reached from an entry, so a catalogue
 * added later and not exported is a failing test, not a silent gap.
 *
 * Every export of an entry is walked: below a key `en` or `cy` (as in
 * `{ en, cy }` catalogues, or a host-style `{ en: …, cy: … }` text), or in an
 * export named …En / …Cy, every string and plural message is that
 * language's. A language that loads when first needed (`cy: () => import(…)`)
 * is loaded and walked the same way.
 */
import type { Message, PluralMessage } from '../../packages/core/src/index.js';

export type Language = 'en' | 'cy';

export interface CatalogueText {
  language: Language;
  /** Where it is: the package, the export and the keys, with the language left out (so English and Welsh line up). */
  where: string;
  message: Message;
}

const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

function isPlural(value: object): value is PluralMessage {
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    typeof (value as { other?: unknown }).other === 'string' &&
    entries.every(([key, text]) => PLURAL_KEYS.has(key) && typeof text === 'string')
  );
}

async function walk(value: unknown, where: string[], language: Language | null, out: CatalogueText[]): Promise<void> {
  if (typeof value === 'string') {
    if (language) out.push({ language, where: where.join(' › '), message: value });
    return;
  }
  // A language's loader (`cy: () => import(…)`): its words, once loaded.
  if (typeof value === 'function' && language && where.at(-1) === '*' && value.length === 0) {
    return walk(await (value as () => Promise<unknown>)(), where, language, out);
  }
  if (typeof value !== 'object' || value === null) return; // other functions, numbers, classes: no words
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) await walk(item, [...where, String(index)], language, out);
    return;
  }
  if (language && isPlural(value)) {
    out.push({ language, where: where.join(' › '), message: value });
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === 'en' || key === 'cy') await walk(item, [...where, '*'], key, out);
    else await walk(item, [...where, key], language, out);
  }
}

/** catalogue-files.json: every file in every package's src/i18n, and what it is. */
export interface CatalogueFiles {
  files: Record<string, 'entry' | 'words' | 'code' | `not shown: ${string}`>;
}

/** The list of catalogue files, as served. */
export async function catalogueFiles(): Promise<CatalogueFiles> {
  const response = await fetch('/tests/support/catalogue-files.json');
  if (!response.ok) throw new Error('tests/support/catalogue-files.json is not served');
  return (await response.json()) as CatalogueFiles;
}

/**
 * The texts in one module's exports, with the walker's rules; `language`
 * for a module that is all one language (a file named …en.ts or …cy.ts).
 */
export async function textsInModule(
  module: Record<string, unknown>,
  place: string,
  language: Language | null = null,
): Promise<CatalogueText[]> {
  const out: CatalogueText[] = [];
  for (const [name, value] of Object.entries(module)) {
    const named = language ?? (/Cy$/.test(name) ? 'cy' : /En$/.test(name) ? 'en' : null);
    await walk(value, [place, name.replace(/(Cy|En)$/, '')], named, out);
  }
  return out;
}

let found: Promise<CatalogueText[]> | null = null;

/** Every English and Welsh text in every package's catalogues. */
export function catalogueTexts(): Promise<CatalogueText[]> {
  found ??= (async () => {
    const root = (await (await fetch('/package.json')).json()) as { workspaces: string[] };
    const { files } = await catalogueFiles();
    const out: CatalogueText[] = [];
    for (const folder of root.workspaces) {
      const url = `${folder}/src/i18n/catalogues.ts`;
      if (files[url] !== 'entry') continue; // a package with no words of its own (the bundle, the server)
      const module = (await import(/* @vite-ignore */ `/${url}`)) as Record<string, unknown>;
      out.push(...(await textsInModule(module, folder.replace(/^packages\//, ''))));
    }
    if (out.length === 0) throw new Error('No catalogues found: is the root package.json served?');
    return out;
  })();
  return found;
}

/** The texts of one language. */
export async function textsIn(language: Language): Promise<CatalogueText[]> {
  return (await catalogueTexts()).filter((text) => text.language === language);
}

/** Each Welsh text with the English at the same place, where there is one. */
export async function welshWithEnglish(): Promise<Array<{ where: string; cy: Message; en: Message | undefined }>> {
  const texts = await catalogueTexts();
  const english = new Map(texts.filter((text) => text.language === 'en').map((text) => [text.where, text.message]));
  return texts
    .filter((text) => text.language === 'cy')
    .map((text) => ({ where: text.where, cy: text.message, en: english.get(text.where) }));
}

/** Every form of a message, as text. */
export function formsOf(message: Message): string[] {
  return typeof message === 'string'
    ? [message]
    : Object.values(message).filter((text): text is string => typeof text === 'string');
}
