import { css } from 'lit';

/**
 * How Easy Read looks: pictures beside words, bigger text, no italics.
 *
 * Easy Read guidance asks for text of at least 14 point (about 1.17 times a
 * browser's usual 16 px), pictures on the left with the words beside them,
 * and plenty of space. The render root carries `.easy-read` while it is on
 * (see CoproduceElement). A host's `--coproduce-font-size` still wins.
 *
 * Pictures are drawn in `currentColor`. Browsers do not force colours inside
 * SVG, so in forced colours they take the system text colour, or the button
 * text colour inside a button, like the words beside them. The selectors are
 * doubled so that an element's own SVG rules (a chart's `svg circle`) never
 * reach a picture.
 */
export const pictureStyles = css`
  .easy-read .root {
    font-size: var(--coproduce-font-size, max(1.1667em, var(--coproduce-host-size, 0px)));
  }
  /* Easy Read guidance: no italics, which are harder to read. */
  .easy-read .root * {
    font-style: normal;
  }
  svg.picture {
    display: inline-block;
    flex: none;
    width: 2em;
    height: 2em;
    vertical-align: middle;
    color: inherit;
    overflow: visible;
  }
  svg.picture.picture * {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  svg.picture.picture .solid {
    fill: currentColor;
    stroke: none;
  }
  .pictured {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    max-width: 100%;
  }
  .pictured-words {
    min-width: 0;
  }
  /* Headings with their picture: the picture a little larger than the text's 2em would make it. */
  .h-title .pictured svg.picture,
  .h-section .pictured svg.picture {
    width: 1.75em;
    height: 1.75em;
  }
  ul.explained-list {
    list-style: none;
    padding: 0;
  }
  /* A box that explains a word: the picture on the left, the sentences on the right. */
  .explained {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    margin: 0 0 0.75em;
  }
  .explained > svg.picture {
    width: 2.5em;
    height: 2.5em;
  }
  .explained > .explained-words {
    margin: 0;
    align-self: center;
  }
  .explained-words p {
    margin: 0 0 0.25em;
  }
  .explained-words > :last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    svg.picture {
      color: CanvasText;
    }
    button svg.picture {
      color: ButtonText;
    }
  }
  @media print {
    svg.picture {
      color: #000;
    }
  }
`;
