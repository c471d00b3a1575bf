// dist/coproduce.js: the drop-in loader. One <script type="module"> on any
// page; each element's code (and only its code) is fetched from beside this
// file the first time its tag appears in the document, now or later.
//
// Kept tiny on purpose: no Lit, no imports, nothing but the map below. Tags
// inside a page's own shadow roots are not watched (a page that draws
// elements there imports dist/elements/<tag>.js itself).

const elements: Record<string, () => Promise<unknown>> = {
  'coproduction-project': () => import('./elements/coproduction-project.js'),
  'mark-scorer': () => import('./elements/mark-scorer.js'),
  'values-agreement': () => import('./elements/values-agreement.js'),
  'decision-log': () => import('./elements/decision-log.js'),
  'icebreaker-picker': () => import('./elements/icebreaker-picker.js'),
  'feedback-form': () => import('./elements/feedback-form.js'),
};

/**
 * The chunks each element's file imports, written in by the build (see
 * vite.config.ts): asked for together with the element, not after it.
 */
const preloads: Record<string, readonly string[]> | string = JSON.parse('"__COPRODUCE_PRELOADS__"');

const tags = Object.keys(elements);
const selector = tags.join(',');
/** Tags being fetched or fetched: each is fetched once, however often it appears. */
const started = new Set<string>();
/** Failed fetches so far, by tag: a try after one asks at a fresh address (see `load`). */
const failures = new Map<string, number>();

/** Asks for an element's chunks now, beside its own file (each once; the browser shares what two elements import). */
function preload(tag: string): void {
  if (typeof preloads !== 'object') return;
  for (const file of preloads[tag] ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (document.head.querySelector(`link[rel="modulepreload"][href="${CSS.escape(href)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

function load(tag: string): void {
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  preload(tag);
  // Firefox keeps a failed import() failed for the life of the page, so a second try asks at another address.
  const failed = failures.get(tag) ?? 0;
  // A name in a variable: vite rewrites new URL() of a literal as an asset of the build.
  const again = `./elements/${tag}.js?again=${failed}`;
  const fetching = failed ? import(/* @vite-ignore */ new URL(again, import.meta.url).href) : elements[tag]!();
  fetching.catch((error: unknown) => {
    // Fetched again the next time the tag appears, in case the network was only down for a moment.
    started.delete(tag);
    failures.set(tag, failed + 1);
    console.error(
      `coproduce: <${tag}> could not be loaded. Copy the whole dist folder beside coproduce.js (it fetches elements/ and chunks/ from there), or use coproduce.all.js.`,
      error,
    );
  });
}

/** Loads every element whose tag is `root` or inside it. */
function scan(root: Element | Document): void {
  if (root instanceof Element && tags.includes(root.localName)) load(root.localName);
  for (const element of root.querySelectorAll(selector)) load(element.localName);
}

// Loaded twice (a page that pastes the script twice), the second copy has nothing left to do.
const loaded = Symbol.for('coproduce.loader');
const registry = globalThis as { [loaded]?: boolean };
if (!registry[loaded]) {
  registry[loaded] = true;
  scan(document);
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const node of change.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document, { childList: true, subtree: true });
}
