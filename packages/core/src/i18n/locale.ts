/** Languages with a complete catalogue. Adding one: see i18n/catalogues.ts. */
export const SUPPORTED_LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const FALLBACK_LOCALE: Locale = 'en';

/** 'cy-GB' → 'cy'; anything we have no catalogue for → null. */
export function normaliseLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : null;
}

/**
 * The nearest `lang` attribute above an element, crossing shadow roots.
 * Rendered on a server (Lit's server rendering), an element is not in a
 * document and has no ancestors to ask: only its own `lang` counts there.
 */
export function inheritedLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    if (typeof node.closest !== 'function') return node.getAttribute?.('lang') ?? null;
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | null = null;

/**
 * Calls back when any `lang` attribute in the document changes, so elements
 * follow a page that switches language. One observer serves every element.
 */
export function onLangChange(listener: LangListener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = null;
    }
  };
}
