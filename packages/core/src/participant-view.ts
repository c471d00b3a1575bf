import { css, html, type TemplateResult } from 'lit';

/**
 * What every element's participant view shares (a person on their own phone
 * in a live session, one mark or item at a time): targets a finger can press
 * at any text size, and Previous / Next.
 */
export const participantViewStyles = css`
  /* Everything a finger presses at least 48 px each way, whatever the text size. */
  .participant {
    overflow-wrap: break-word;
  }
  .participant button,
  .participant label.choice,
  .participant summary,
  .participant input[type='text'],
  .participant select,
  .participant textarea {
    min-height: max(48px, 2.75em);
  }
  .participant button,
  .participant label.choice {
    min-width: max(48px, 2.75em);
    max-width: 100%;
  }
  .participant-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 1.5em 0;
  }
  .participant-nav button {
    flex: 1 1 8em;
  }
  .participant-nav button:disabled {
    border-style: dashed;
    border-color: var(--_border);
    background: var(--_bg);
    color: var(--_muted);
    cursor: default;
    text-decoration: none;
  }
`;

export interface ParticipantNav {
  /** Names the navigation landmark. */
  label: string;
  previous: string;
  next: string;
  /** Which one is shown, from 0, of `count`. */
  index: number;
  count: number;
  go(to: number): void;
}

/** Previous and Next, each disabled at its end (`#participant-previous`, `#participant-next`). */
export function renderParticipantNav(nav: ParticipantNav): TemplateResult {
  return html`<nav class="participant-nav" aria-label=${nav.label}>
    <button type="button" id="participant-previous" ?disabled=${nav.index === 0} @click=${() => nav.go(nav.index - 1)}>
      ${nav.previous}
    </button>
    <button
      type="button"
      class="primary"
      id="participant-next"
      ?disabled=${nav.index === nav.count - 1}
      @click=${() => nav.go(nav.index + 1)}
    >
      ${nav.next}
    </button>
  </nav>`;
}
