/**
 * Every text our packages ship in a language, found rather than listed, so a
 * test of the Welsh covers a catalogue added later (an Easy Read one, say) as
 * soon as it is wired in.
 *
 * Where to look: each workspace package in the root package.json, and in it
 * `src/i18n/catalogues.ts`, the one module through which an element gets its
 * words (see core's i18n/catalogues.ts). Every export of that module is walked:
 * below a key `en` or `cy` (as in `{ en, cy }` catalogues, or a host-style
 * `{ en: …, cy: … }` text), or in an export named …En / …Cy, every string and
 * plural message is that language's. A language that loads when first needed
 * (`cy: () => import(…)`) is loaded and walked the same way. A package whose
 * `src/index.ts` does not export from that module (a wrapper with no words of
 * its own) is skipped.
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

let found: Promise<CatalogueText[]> | null = null;

/** Every English and Welsh text in every package's catalogues. */
export function catalogueTexts(): Promise<CatalogueText[]> {
  found ??= (async () => {
    const root = (await (await fetch('/package.json')).json()) as { workspaces: string[] };
    const out: CatalogueText[] = [];
    for (const folder of root.workspaces) {
      // A package has catalogues if its entry point exports from them (asking for a file that is not there would log a 404).
      const entry = await fetch(`/${folder}/src/index.ts`);
      if (!entry.ok || !/['"]\.\/i18n\/catalogues\.[jt]s['"?]/.test(await entry.text())) continue;
      const url = `/${folder}/src/i18n/catalogues.ts`;
      const module = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        const named = /Cy$/.test(name) ? 'cy' : /En$/.test(name) ? 'en' : null;
        await walk(value, [folder.replace(/^packages\//, ''), name.replace(/(Cy|En)$/, '')], named, out);
      }
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
