import { css } from 'lit';

export const markScorerStyles = css`
  .intro {
    max-width: 45em;
  }
  .marks {
    margin: 1em 0;
  }
  details.mark {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 0.5em;
    background: var(--_bg);
  }
  details.mark > summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    cursor: pointer;
    list-style: none;
  }
  details.mark > summary::-webkit-details-marker {
    display: none;
  }
  /* A flex summary loses its marker, so draw one: a triangle made of borders,
     which screen readers do not read and forced colours keep. */
  details.mark > summary::before {
    content: '';
    align-self: center;
    width: 0;
    height: 0;
    border-style: solid;
    border-color: transparent;
    border-width: 0.4em 0 0.4em 0.6em;
    border-inline-start-color: currentColor;
    margin-inline-end: -0.5em;
  }
  details.mark[open] > summary::before {
    border-width: 0.6em 0.4em 0 0.4em;
    border-color: currentColor transparent transparent;
  }
  details.mark[open] > summary {
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .mark-name {
    font-weight: 700;
    flex: 1 1 12em;
  }
  .mark-status {
    color: var(--_muted);
  }
  .mark-body {
    padding: 0.75em;
  }
  .description {
    font-style: italic;
  }
  .lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: 0 1.5em;
  }
  .list ul,
  ul.ideas,
  .hidden-marks ul {
    list-style: none;
    padding: 0;
  }
  .item-text {
    flex: 1 1 10em;
    white-space: pre-wrap;
  }
  .item.editing form {
    flex: 1 1 100%;
  }
  .person-status,
  .added,
  .date {
    color: var(--_muted);
  }
  fieldset.score {
    margin: 1em 0;
  }
  fieldset.score legend {
    font-size: 1.0625em;
    margin-bottom: 0.25em;
    padding: 0;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  label.choice.pass {
    margin-top: 0.5em;
    border-style: dashed;
  }
  .individual,
  .spread {
    margin: 1em 0;
  }
  .spread:focus {
    outline: none;
  }
  .spread:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .spread-chart {
    display: block;
    width: 100%;
    max-width: 26em;
    color: var(--_text);
  }
  svg line.axis,
  svg line.tick,
  svg polyline.path {
    stroke: currentColor;
    stroke-width: 2;
    fill: none;
  }
  svg line.median {
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  svg circle {
    fill: currentColor;
  }
  svg text {
    fill: currentColor;
    font: 11px var(--_font);
  }
  .trend-chart {
    margin: 0.5em 0 1em;
  }
  .trend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1em;
  }
  .trend-name {
    flex: 1 1 8em;
    max-width: 16em;
  }
  .trend svg {
    flex: 1 1 14em;
    min-width: 0;
    max-width: 26em;
    color: var(--_text);
  }
  .trend g.dot circle {
    fill: var(--_bg);
    stroke: currentColor;
    stroke-width: 2;
  }
  .trend g.dot text {
    font-weight: 700;
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table.rounds-table {
    border-collapse: collapse;
    margin: 0.5em 0 1em;
  }
  table.rounds-table caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  table.rounds-table th,
  table.rounds-table td {
    border: 1px solid var(--_border);
    padding: 0.375em 0.625em;
    text-align: start;
    vertical-align: top;
  }
  table.rounds-table thead th {
    background: var(--_surface);
  }
  section.lake,
  section.rounds,
  section.tools,
  section.add-mark,
  .hidden-marks {
    margin-top: 1.5em;
    padding-top: 0.5em;
    border-top: 2px solid var(--_border);
  }
  .hidden-marks > summary {
    cursor: pointer;
    min-height: 2.75em;
    padding: 0.5em 0;
    font-weight: 600;
  }
  .print-only {
    display: none;
  }
  .source {
    color: var(--_muted);
  }
  .source a {
    color: var(--_accent);
  }
  .every-meeting {
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface);
    padding: 0.5em 1em;
    margin: 0 0 1em;
  }
  .every-meeting .h-section {
    margin-top: 0.25em;
    font-size: 1.0625em;
  }
  .every-meeting ul {
    margin-bottom: 0.25em;
  }
  details.guidance {
    margin: 0 0 1em;
  }
  details.guidance summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    min-height: 2.75em;
    display: flex;
    align-items: center;
  }
  /* Shown only if the guidance takes a while: a quick fetch never flashes it. */
  details.guidance .guidance-loading {
    animation: guidance-late 0s 0.5s backwards;
  }
  @keyframes guidance-late {
    from {
      visibility: hidden;
    }
  }
  /* A participant's own view, on their own phone: one mark at a time (core's participantViewStyles
     make its targets large and draw Previous / Next). */
  .participant details.guidance summary {
    min-height: max(48px, 2.75em);
  }
  .participant-mark {
    margin: 1em 0;
    padding-top: 0.5em;
    border-top: 2px solid var(--_border);
  }
  .participant-mark > .h-section {
    margin-top: 0;
  }
  .participant-mark .position {
    display: block;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .participant-mark .scale label.choice {
    flex: 1 0 auto;
  }
  .participant-score {
    margin: 1em 0;
  }
  @media (forced-colors: active) {
    .every-meeting {
      border-color: CanvasText;
    }
    details.mark {
      border-color: CanvasText;
    }
    /* Browsers do not force colours inside SVG: without system colours a
       dark contrast theme paints dark lines on its dark background. */
    .spread-chart,
    .trend svg {
      color: CanvasText;
    }
    .trend g.dot circle {
      fill: Canvas;
    }
    svg line.median {
      stroke: Highlight;
    }
  }
  @media print {
    .print-only {
      display: block;
      white-space: pre-wrap;
    }
    details.mark {
      break-inside: avoid;
      border-color: #000;
    }
    details.mark::details-content {
      content-visibility: visible;
      display: contents;
    }
    .table-scroll {
      overflow: visible;
    }
    textarea,
    fieldset.score,
    .mark-actions {
      display: none !important;
    }
  }
`;
