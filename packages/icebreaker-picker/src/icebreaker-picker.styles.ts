import { css } from 'lit';

export const icebreakerPickerStyles = css`
  .intro {
    max-width: 45em;
  }
  legend .h-section {
    margin-top: 0;
  }
  .numbers {
    display: flex;
    flex-wrap: wrap;
    gap: 0 2em;
  }
  .row > input.number {
    flex: 0 0 auto;
    width: 5.5em;
  }
  .icebreaker,
  .none {
    border: 2px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 1em 0;
    max-width: 45em;
  }
  .eyebrow {
    color: var(--_muted);
    margin: 0;
  }
  #pick-title {
    margin-top: 0.125em;
    font-size: 1.5em;
  }
  #pick-title:focus {
    outline: none;
  }
  ul.notes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    list-style: none;
    padding: 0;
  }
  ul.notes li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.5em;
  }
  .say-first {
    background: var(--_surface);
    border-inline-start: 6px solid var(--_accent);
    padding: 0.5em 1em;
    margin: 0 0 0.75em;
  }
  .say-first .h-sub {
    margin-top: 0.25em;
  }
  section.turns,
  details.browse {
    margin: 1.5em 0 0;
    max-width: 45em;
  }
  .whose {
    font-weight: 700;
    font-size: 1.25em;
    margin: 0;
  }
  .countdown {
    margin: 0;
    font-size: 3em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  progress.bar {
    display: block;
    appearance: none;
    inline-size: 100%;
    block-size: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0.25em 0 0.75em;
    background: var(--_bg);
    color: var(--_accent);
    overflow: hidden;
  }
  progress.bar::-webkit-progress-bar {
    background: var(--_bg);
  }
  progress.bar::-webkit-progress-value {
    background: var(--_accent);
  }
  progress.bar::-moz-progress-bar {
    background: var(--_accent);
  }
  .state {
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    min-height: 2.75em;
    padding: 0.5em 0;
  }
  ul.fits {
    list-style: none;
    padding: 0;
  }
  .fit {
    display: flex;
    flex-direction: column;
    flex: 1 1 14em;
  }
  .fit-title {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .icebreaker,
    .none,
    progress.bar {
      border-color: CanvasText;
    }
    /* System colours, kept as they are: the time left stays visible in high contrast. */
    progress.bar,
    progress.bar::-webkit-progress-bar {
      forced-color-adjust: none;
      background: Canvas;
    }
    progress.bar::-webkit-progress-value {
      background: CanvasText;
    }
    progress.bar::-moz-progress-bar {
      background: CanvasText;
    }
  }
  @media print {
    .icebreaker {
      border: 0;
      padding: 0;
    }
  }
`;
