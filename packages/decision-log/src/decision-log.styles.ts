import { css } from 'lit';

export const decisionLogStyles = css`
  .intro {
    max-width: 45em;
  }
  section {
    margin: 0 0 1.5em;
  }
  .counts ul,
  ul.tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em 1em;
    list-style: none;
    padding: 0;
  }
  ul.tags {
    gap: 0.375em;
    margin: 0;
  }
  ul.tags li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.5em;
  }
  .filters {
    align-items: end;
  }
  .filters .field {
    flex: 1 1 10em;
  }
  .row.dates {
    align-items: start;
    gap: 0 1.5em;
  }
  /* The board's "Search and filter". */
  .folded summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    min-height: 2.75em;
    padding: 0.5em 0;
  }
  .folded .fold-body {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
    margin: 0 0 0.75em;
  }
  #showing {
    margin: 0;
    font-weight: 600;
  }
  /* The list: the virtualizer positions each row itself. */
  .found {
    display: block;
    list-style: none;
    padding: 0;
  }
  .entry {
    width: 100%;
    padding: 0.5em 0 0.75em;
    border-bottom: 1px solid var(--_border);
  }
  .entry-title {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    white-space: pre-wrap;
  }
  .entry-title button.link {
    padding: 0;
    min-height: 2.75em;
    text-align: start;
    font-size: inherit;
    white-space: pre-wrap;
  }
  .card {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0 0 0.75em;
  }
  .meta {
    color: var(--_muted);
    margin: 0 0 0.5em;
  }
  .status {
    font-weight: 700;
    color: var(--_text);
  }
  .status-done,
  .outcome-did {
    color: var(--_success);
  }
  .status-not-possible,
  .outcome-could-not,
  .due {
    color: var(--_error);
  }
  .outcome {
    font-weight: 700;
    white-space: pre-wrap;
  }
  .month .h-section {
    margin: 1em 0 0.25em;
  }
  .moment p {
    margin: 0 0 0.25em;
  }
  .when {
    font-weight: 600;
  }
  .note,
  dd,
  .before-title {
    white-space: pre-wrap;
  }
  .note {
    display: block;
    color: var(--_muted);
  }
  dl.details {
    margin: 0 0 0.75em;
  }
  dl.details dt {
    font-weight: 700;
  }
  dl.details dd {
    margin: 0 0 0.5em;
  }
  ul.you-said {
    padding-inline-start: 1.25em;
    margin: 0;
  }
  .decision > .back {
    margin-bottom: 0.5em;
  }
  #decision-heading:focus,
  #form-heading:focus {
    outline: none;
  }
  .update {
    background: var(--_surface);
    padding: 0.75em 1em;
    border-radius: var(--_radius);
  }
  .history ol {
    padding-inline-start: 1.25em;
  }
  .history li {
    margin: 0 0 0.5em;
  }
  .before {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
    margin-top: 0.25em;
  }
  .before-title {
    font-weight: 700;
    margin: 0;
  }
  fieldset.day,
  fieldset.method,
  fieldset.board-choice {
    margin: 0 0 1em;
  }
  /* Votes and who decides appear with the choice that needs them. */
  .if-vote,
  .if-delegated,
  .if-not-ours {
    display: none;
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
  }
  .method:has(input[value='vote']:checked) .if-vote,
  .method:has(input[value='delegated']:checked) .if-delegated,
  .method:has(input[value='not-ours']:checked) .if-not-ours {
    display: block;
  }
  #record {
    margin: 0 0 1em;
  }
  @media (forced-colors: active) {
    ul.tags li,
    .card {
      border-color: CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
