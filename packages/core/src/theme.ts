import { css } from 'lit';

/**
 * Theme tokens. A host themes every element by setting the public
 * `--coproduce-*` custom properties on any ancestor; elements read them through
 * private `--_*` copies that hold the accessible defaults. Light is the
 * default; `theme="dark"` or `theme="auto"` (follow the device) on an element
 * switches the defaults. Every default pair meets WCAG AA contrast.
 */

/** The dark set, shared by theme="dark" and theme="auto" on a dark device. */
const darkTokens = css`
  --_bg: var(--coproduce-color-background, #1b1b1f);
  --_surface: var(--coproduce-color-surface, #2b2b31);
  --_text: var(--coproduce-color-text, #f3f2f1);
  --_muted: var(--coproduce-color-text-secondary, #c9c9cf);
  --_border: var(--coproduce-color-border, #9a9aa3);
  --_accent: var(--coproduce-color-accent, #8ab4f8);
  --_on-accent: var(--coproduce-color-on-accent, #0b0c0c);
  --_focus: var(--coproduce-color-focus, #ffdd00);
  --_focus-halo: var(--coproduce-color-focus-halo, #0b0c0c);
  --_error: var(--coproduce-color-error, #ff9c8f);
  --_success: var(--coproduce-color-success, #7fdcaa);
  color-scheme: dark;
`;

export const themeTokens = css`
  :host {
    --_bg: var(--coproduce-color-background, #ffffff);
    --_surface: var(--coproduce-color-surface, #f3f2f1);
    --_text: var(--coproduce-color-text, #0b0c0c);
    --_muted: var(--coproduce-color-text-secondary, #484949);
    --_border: var(--coproduce-color-border, #6f777b);
    --_accent: var(--coproduce-color-accent, #1d70b8);
    --_on-accent: var(--coproduce-color-on-accent, #ffffff);
    --_focus: var(--coproduce-color-focus, #0b0c0c);
    --_focus-halo: var(--coproduce-color-focus-halo, #ffdd00);
    --_error: var(--coproduce-color-error, #b3261e);
    --_success: var(--coproduce-color-success, #00703c);
    --_font: var(--coproduce-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_radius: var(--coproduce-radius, 0.25em);
    --_gap: var(--coproduce-space, 1em);
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
`;

/**
 * Shared look of every element. `.root` resets everything a host page could
 * pass down by inheritance (fonts, colours, text-transform, alignment…), so a
 * crowded intranet stylesheet cannot change the inside, except what a
 * reader's own text settings change (WCAG 1.4.12): letter and word spacing
 * come in as they are; line height and text size come in when they are
 * bigger than ours, never smaller. Text is at least the reader's own default
 * size ("medium"), which `.text-size` (the render root, see CoproduceElement)
 * holds, so `1em` inside it is that size; `--coproduce-host-size` and
 * `--coproduce-host-line` are the page's text size and line height at the
 * element. Sizes inside are in em.
 */
export const baseStyles = css`
  :host {
    display: block;
    --coproduce-host-size: 1em;
    --coproduce-host-line: 1lh;
  }
  :host([hidden]) {
    display: none !important;
  }
  .text-size {
    display: block;
    font-size: medium;
  }
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--coproduce-font-size, max(1em, var(--coproduce-host-size, 0px)));
    line-height: max(1.5em, var(--coproduce-host-line, 0px));
    letter-spacing: inherit;
    word-spacing: inherit;
    color: var(--_text);
    background: var(--_bg);
    padding: var(--_gap);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  /* Explicit, not inherited: <details> passes its content through a slot in its
     own shadow root, which would hand down content-box. */
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  /* Headings look the same whatever their level (heading-level): the class says which they are.
     Their lines are a little tighter than the text's, unless the reader's own line height (the
     page's at the element) is bigger: then it reaches them too, as it reaches .root, in proportion
     to their size. */
  .h-title,
  .h-section,
  .h-sub {
    font-family: inherit;
    font-size: calc(var(--_heading-scale) * 1em);
    line-height: max(1.25em, calc(var(--_heading-scale) * var(--coproduce-host-line, 0px)));
    margin: 1.25em 0 0.5em;
    font-weight: 700;
  }
  .h-title {
    --_heading-scale: 1.5;
    margin-top: 0;
  }
  .h-section {
    --_heading-scale: 1.25;
  }
  .h-sub {
    --_heading-scale: 1.0625;
  }
  p {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    margin: 0;
  }
  button {
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.375em 0.875em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    text-align: center;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.link {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
    padding-inline: 0.25em;
  }
  button:hover {
    text-decoration: underline;
  }
  input[type='text'],
  input[type='search'],
  input[type='date'],
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 40em;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  textarea {
    min-height: 5em;
    resize: vertical;
  }
  /* Day, month and year fields (dayFields). */
  .row.date {
    align-items: end;
    margin: 0 0 1em;
  }
  .date-part label {
    display: block;
  }
  .row.date input.size-2 {
    width: 3.5em;
  }
  .row.date input.size-4 {
    width: 5.5em;
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus-halo);
  }
  .hint {
    color: var(--_muted);
    margin: 0 0 0.5em;
  }
  .field {
    margin: 0 0 1em;
  }
  .field > label {
    display: block;
    margin-bottom: 0.25em;
  }
  .field-error {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .row > input[type='text'] {
    flex: 1 1 12em;
    width: auto;
    /* A text field's own width is about 20 letters: at large text with wide spacing, more than a phone. */
    min-width: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .problem {
    border: 4px solid var(--_error);
    padding: 0.75em 1em;
    margin: 0 0 1em;
  }
  .problem .h-section {
    margin-top: 0;
  }
  /* Links take the accent colour: the browser's own blue is unreadable on the dark theme. */
  .root a {
    color: var(--_accent);
  }
  /* The error summary (errorSummary): each problem a link to its field. */
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Controls every element uses: small buttons, notices, people lists and big radio choices. */
  button.small {
    min-height: 2.25em;
    padding: 0.125em 0.625em;
    font-weight: 500;
  }
  .notice {
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface);
    padding: 0.75em 1em;
    margin: 0 0 1em;
  }
  .empty {
    color: var(--_muted);
  }
  ul.people {
    list-style: none;
    padding: 0;
  }
  /* A row in a list: a person, or an item with its buttons. */
  .person,
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.75em;
    padding: 0.375em 0;
    border-bottom: 1px solid var(--_border);
  }
  .person-name {
    font-weight: 600;
    flex: 1 1 8em;
  }
  .person.entering {
    display: block;
    background: var(--_surface);
    padding: 0.75em;
  }
  /* A checkbox before its label, with its hint under the label. */
  .field.checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    align-items: center;
  }
  .field.checkbox input {
    width: 1.5em;
    height: 1.5em;
    accent-color: var(--_accent);
  }
  .field.checkbox .hint {
    grid-column: 2;
  }
  /* A row of radio choices (radioChoices). */
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0 0 0.75em;
  }
  label.choice {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    min-width: 3.25em;
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-weight: 600;
    cursor: pointer;
  }
  label.choice input {
    width: 1.125em;
    height: 1.125em;
    margin: 0;
    accent-color: var(--_accent);
  }
  label.choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .open-file .hint {
    margin-top: 0.25em;
  }
  #problems:focus,
  #title:focus {
    outline: none;
  }
  /* On a touch screen every control is at least 44 px tall (WCAG 2.5.5), whatever the text size. */
  @media (pointer: coarse) {
    button,
    button.small,
    label.choice,
    summary,
    input[type='text'],
    input[type='search'],
    select {
      min-height: max(2.75em, 44px);
    }
    /* A tick box's label is what a finger presses. */
    .field.checkbox > label {
      display: flex;
      align-items: center;
      min-height: 44px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    .problem,
    label.choice {
      border-color: CanvasText;
    }
    label.choice:has(input:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 2px Highlight;
    }
  }
  @media print {
    .root {
      padding: 0;
      color: #000;
      background: #fff;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
`;
