import { html, nothing, type TemplateResult } from 'lit';
import type { DRAWINGS, PictureName } from './drawings.js';

/** The drawings, once loaded: only pages in Easy Read need them. */
let drawings: typeof DRAWINGS | undefined;
let loading: Promise<void> | undefined;
let settled = false;

/**
 * Fetches the drawings (once for the page). An element in Easy Read loads
 * them with Easy Read's words, before the render that shows them. A failed
 * fetch is not tried again until the page is reloaded, as for words: Easy
 * Read's words still say everything the pictures show.
 */
export function loadPictures(): Promise<void> {
  loading ??= import('./drawings.js').then(
    (module) => {
      drawings = module.DRAWINGS;
      settled = true;
    },
    (error: unknown) => {
      settled = true;
      throw error;
    },
  );
  return loading;
}

/** True once the drawings are here, or could not be fetched: nothing more to wait for. */
export const picturesSettled = (): boolean => settled;

/**
 * An Easy Read picture, inline (no request, nothing a strict Content Security
 * Policy refuses), drawn in the colour of the text around it.
 *
 * Beside words that say the same thing (a choice, a heading, a status) it is
 * hidden from screen readers: the words are its text alternative (WCAG's
 * technique for an image next to its own words, H2), and a screen reader does
 * not read "A thumb pointing up, Agree" for every answer. With `label` (what
 * it shows: the shared Easy Read string `easy.picture.<name>`, in the
 * element's language) it is an image with that name, for a picture that
 * stands without its words.
 */
export function picture(name: PictureName, options: { label?: string; className?: string } = {}): TemplateResult {
  const className = `picture picture-${name}${options.className ? ` ${options.className}` : ''}`;
  if (options.label) {
    return html`<svg class=${className} viewBox="0 0 48 48" role="img" aria-label=${options.label} focusable="false" data-picture=${name}>${drawings?.[name] ?? nothing}</svg>`;
  }
  return html`<svg class=${className} viewBox="0 0 48 48" aria-hidden="true" focusable="false" data-picture=${name}>${drawings?.[name] ?? nothing}</svg>`;
}

/** What decides whether a picture is drawn: the element's Easy Read. */
export interface EasyReadHost {
  /** True while the element shows Easy Read (its own `easy-read`, or its project's). */
  readonly inEasyRead: boolean;
}

/** A picture beside its words in Easy Read; nothing otherwise. */
export function easyPicture(
  host: EasyReadHost,
  name: PictureName,
  className?: string,
): TemplateResult | typeof nothing {
  return host.inEasyRead ? picture(name, className ? { className } : {}) : nothing;
}

/**
 * Words with their picture before them, in Easy Read (pictures on the left,
 * words on the right, as Easy Read guidance lays them out); the words alone
 * otherwise.
 */
export function pictured(host: EasyReadHost, name: PictureName, words: unknown): TemplateResult {
  if (!host.inEasyRead) return html`${words}`;
  return html`<span class="pictured">${picture(name)}<span class="pictured-words">${words}</span></span>`;
}
