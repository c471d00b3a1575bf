import { onDemand, type OnDemand } from '@coproduce/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuidanceKey, GuidanceModule } from './i18n/guidance.js';
import type { PresetMarkId } from './marks.js';
import type { Mark } from './schema.js';
import { domId, type MarkScorerView } from './view.js';

/** One language's guidance, fetched on demand. */
export type GuidancePart = OnDemand<GuidanceModule>;

const parts = new WeakMap<() => Promise<GuidanceModule>, GuidancePart>();

/** A language's guidance, fetched once for every element on the page that asks. */
export function guidancePart(load: () => Promise<GuidanceModule>): GuidancePart {
  const known = parts.get(load);
  if (known) return known;
  const part = onDemand(load);
  parts.set(load, part);
  return part;
}

/** Fetches now, drawing again when it arrives (or fails): "Loading…" meanwhile, since `failed` is false while a fetch is on its way. */
function askAgain(view: MarkScorerView, part: GuidancePart): void {
  view.awaiting(part.fetch());
}

/**
 * The practical guidance behind a default mark, in our own words: closed
 * until someone wants it, so the card stays short. Its words are fetched
 * when it first opens (or the page prints, which opens it); pointing at or
 * focusing its summary starts the fetch early. A failed fetch says so, and
 * opening it again tries again.
 */
export function renderGuidance(view: MarkScorerView, mark: Mark, printing: boolean): TemplateResult {
  const part = view.guidance;
  const open = printing || view.ui.guidance.has(mark.id);
  const toggle = (event: Event) => {
    // Printing opens every one; that is not the reader choosing to open them.
    if (printing) return;
    const opened = (event.currentTarget as HTMLDetailsElement).open;
    if (opened && part.failed) askAgain(view, part);
    const guidance = new Set(view.ui.guidance);
    if (opened) guidance.add(mark.id);
    else guidance.delete(mark.id);
    view.setUi({ guidance });
  };
  // After a failure this asks again too, and draws again when it arrives, for a guidance open on its message.
  const early = () => (part.failed ? askAgain(view, part) : part.prefetch());
  // After a failure, `get` waits a while before asking again by itself: the reader asks, by opening it again.
  const words = open ? part.get(view)?.words : undefined;
  const body = words
    ? html`<p>${words[`mark.${mark.id as PresetMarkId}.more` satisfies GuidanceKey]}</p>`
    : part.failed
      ? html`<p class="guidance-failed">${view.t('mark.moreFailed')}</p>`
      : html`<p class="guidance-loading">${view.t('mark.moreLoading')}</p>`;
  // Not on paper until its words are: a heading with "Loading…" under it would mislead.
  return html`<details
    class=${words ? 'guidance' : 'guidance no-print'}
    id=${domId(mark.id, 'more')}
    ?open=${open}
    @toggle=${toggle}
  >
    <summary @pointerenter=${early} @focus=${early}>${view.t('mark.more')}</summary>
    ${open ? body : nothing}
  </details>`;
}
