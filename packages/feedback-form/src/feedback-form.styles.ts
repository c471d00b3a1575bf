import { css } from 'lit';

export const feedbackFormStyles = css`
  .intro,
  form,
  .done {
    max-width: 40em;
  }
  .questions {
    margin: 0 0 1em;
  }
  fieldset.field > legend {
    font-size: 1.125em;
    margin-bottom: 0.25em;
  }
  .field > label {
    font-size: 1.125em;
  }
  .optional {
    font-weight: 400;
  }
  .scale .choices {
    flex-direction: column;
    align-items: stretch;
  }
  .scale label.choice {
    justify-content: flex-start;
  }
  .point {
    display: inline-block;
    min-width: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  .count {
    margin-top: 0.25em;
  }
  .count.over {
    color: var(--_error);
    font-weight: 700;
  }
  .contact {
    border-top: 1px solid var(--_border);
    padding-top: 1em;
    margin-top: 0.5em;
  }
  .reply-details {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 1em;
    margin: 0 0 1em 0.75em;
  }
  .done a {
    color: var(--_accent);
  }
  /* Out of sight and out of reach: only a program filling in every field finds it. */
  .trap {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .done {
    border: 4px solid var(--_success);
    padding: 0.75em 1em;
  }
  .done.resuming {
    border-color: var(--_accent);
  }
  #done-heading:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    .done,
    .reply-details {
      border-color: CanvasText;
    }
  }
`;
