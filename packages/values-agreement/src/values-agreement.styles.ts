import { css } from 'lit';

export const valuesAgreementStyles = css`
  .intro {
    max-width: 45em;
  }
  section {
    margin: 0 0 1.5em;
  }
  .status,
  .start,
  .due {
    background: var(--_surface);
    border-inline-start: 6px solid var(--_accent);
    padding: 0.75em 1em;
  }
  .status:focus {
    outline: none;
  }
  .due {
    border-color: var(--_error);
    font-weight: 700;
  }
  ol.cards {
    list-style: none;
    padding: 0;
  }
  details.card {
    border: 2px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    margin: 0 0 0.5em;
  }
  details.card.agreed {
    border-inline-start-color: var(--_success);
  }
  details.card.blocked {
    border-inline-start-color: var(--_error);
  }
  details.card > summary {
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  details.card[open] > summary {
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .item-text {
    font-weight: 700;
    white-space: pre-wrap;
  }
  .item-state {
    display: block;
    color: var(--_muted);
  }
  .card-body {
    padding: 0.75em;
  }
  .meaning,
  .person-answer {
    white-space: pre-wrap;
  }
  .notes-heading {
    margin: 0;
    font-weight: 600;
  }
  fieldset.answer {
    margin: 0 0 1em;
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0 0 0.75em;
  }
  .turn {
    flex: 1 1 100%;
    background: var(--_surface);
    padding: 0.75em;
  }
  .add-item {
    margin: 1em 0;
  }
  ul.agreed li {
    margin-bottom: 0.5em;
    white-space: pre-wrap;
  }
  details.history > summary {
    min-height: 2.75em;
    cursor: pointer;
    font-weight: 600;
  }
  /* A participant's own view, on their own phone: one item at a time (core's participantViewStyles
     make its targets large and draw Previous / Next). */
  .participant-item {
    margin: 1em 0;
    padding-top: 0.5em;
    border-top: 2px solid var(--_border);
  }
  .participant-item > .h-section {
    margin-top: 0;
  }
  .participant-item .position {
    display: block;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .participant-item .answers label.choice {
    flex: 1 1 auto;
  }
  .participant-stands {
    margin: 1em 0;
  }
  @media (forced-colors: active) {
    details.card {
      border-color: CanvasText;
    }
  }
  @media print {
    .summary {
      border: 0;
    }
    ul.agreed li {
      break-inside: avoid;
    }
  }
`;
