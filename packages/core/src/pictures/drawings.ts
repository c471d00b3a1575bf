import { svg, type SVGTemplateResult } from 'lit';

/**
 * The Easy Read pictures: simple line drawings, made for this library, on a
 * 48 × 48 grid. Every line is drawn in `currentColor` (see pictures.styles.ts),
 * so a picture takes the colour of the words beside it, and the system text
 * colour in forced colours. Parts marked `solid` are filled instead (eyes,
 * dots). Nothing is fetched: each is an inline SVG template.
 *
 * Drawn to be read at 2em: one clear object each, thick lines, no small
 * detail, no text inside (except the numbers beside them, which are words).
 */
const thumbUp = 'M6 22h7v20H6z M13 24l8-12c1-3 2-6 5-6s4 3 3 6l-2 8h11c3 0 5 3 4 6l-3 13c-.5 2-2 3-4 3H13';
const openHand =
  'M14 30V13a3 3 0 0 1 6 0v11V9a3 3 0 0 1 6 0v15V11a3 3 0 0 1 6 0v14v-9a3 3 0 0 1 6 0v16c0 8-5 12-11 12h-3c-5 0-8-2-10-6l-7-10a3 3 0 0 1 5-3z';
const face = svg`<circle cx="24" cy="24" r="18"/><circle class="solid" cx="17" cy="19" r="2.2"/><circle class="solid" cx="31" cy="19" r="2.2"/>`;

export const DRAWINGS = {
  /** Agree: a thumb pointing up. */
  agree: svg`<path d=${thumbUp}/><path d="M27 27h12 M26 33h12"/>`,
  /** Agree, with a concern: a thumb up, with a speech bubble holding "!". */
  concern: svg`<path transform="translate(0 6) scale(.85)" d=${thumbUp}/><path d="M33 3h11a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-6l-4 4v-4h-1a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z M38.5 6.5v5"/><circle class="solid" cx="38.5" cy="14.4" r="1.3"/>`,
  /** Not yet: a hand held up, palm out: "wait, let us talk". */
  'not-yet': svg`<path d=${openHand}/>`,
  /** Pass: an arrow going over and past a dot. */
  pass: svg`<circle cx="24" cy="34" r="5"/><path d="M5 36C9 12 37 10 42 28 M43.3 20.1L42 28l-6.2-5.1"/>`,
  /** Not here today: an empty chair. */
  'not-here': svg`<path d="M15 6v38 M15 27h20v17 M15 6h5v21 M12 27h26"/>`,
  /** Ladders: what helps us go up. */
  ladder: svg`<path d="M14 4v40 M34 4v40 M14 11h20 M14 20h20 M14 29h20 M14 38h20"/>`,
  /** Snakes: what could take us back down. */
  snake: svg`<path d="M3 34c4-12 10-12 13-3s9 9 12 0c2-6 4-8 7-8"/><ellipse cx="39" cy="23" rx="6" ry="4.5"/><path d="M45 23l3-2 M45 23l3 2"/><circle class="solid" cx="40" cy="21.5" r="1.3"/>`,
  /** The lake of ideas: a lake, with waves on it. */
  lake: svg`<ellipse cx="24" cy="26" rx="21" ry="13"/><path d="M11 23q3.25-3 6.5 0t6.5 0t6.5 0t6.5 0 M15 31q3-3 6 0t6 0t6 0"/>`,
  /** The low end of a score: a seed just growing. */
  seedling: svg`<path d="M6 42h36 M24 42V29 M24 31c0-6-6-8-10-6 2 6 8 7 10 6z M24 29c0-6 6-9 10-7-2 6-7 8-10 7z"/>`,
  /** The high end of a score: a big tree. */
  tree: svg`<path d="M6 44h36 M24 44V32 M24 36l-6-5 M24 34l6-5 M24 5c8 0 13 5 13 12 4 2 5 9 1 13-1 5-7 7-11 5h-6c-5 2-10 0-11-5-4-4-3-11 1-13 0-7 5-12 13-12z"/>`,
  /** Very poor, on a scale of faces. */
  'face-1': svg`${face}<path d="M15 36q9-9 18 0"/>`,
  /** Poor. */
  'face-2': svg`${face}<path d="M16 34q8-5 16 0"/>`,
  /** OK. */
  'face-3': svg`${face}<path d="M16 32h16"/>`,
  /** Good. */
  'face-4': svg`${face}<path d="M16 29q8 6 16 0"/>`,
  /** Very good. */
  'face-5': svg`${face}<path d="M14 27q10 14 20 0z"/>`,
  /** People: three people side by side. */
  people: svg`<circle cx="10" cy="17" r="4.5"/><circle cx="24" cy="15" r="5"/><circle cx="38" cy="17" r="4.5"/><path d="M3 38c0-10 14-10 14 0 M17 38c0-12 14-12 14 0 M31 38c0-10 14-10 14 0"/>`,
  /** A meeting in a room: people round a table. */
  meeting: svg`<circle cx="11" cy="14" r="4"/><circle cx="24" cy="11" r="4"/><circle cx="37" cy="14" r="4"/><path d="M5 27c0-7 12-7 12 0 M18 24c0-7 12-7 12 0 M31 27c0-7 12-7 12 0"/><ellipse cx="24" cy="33" rx="19" ry="6"/><path d="M12 38v6 M36 38v6"/>`,
  /** Online: a laptop. */
  screen: svg`<rect x="9" y="9" width="30" height="21" rx="2"/><path d="M4 37h40 M9 30l-5 7 M39 30l5 7"/>`,
  /** Time: a clock. */
  clock: svg`<circle cx="24" cy="24" r="18"/><path d="M24 12v12h9"/>`,
  /** A question. */
  question: svg`<path d="M17 17c0-6 4-9 8-9 5 0 8 4 8 8 0 5-5 6-7 9-1 2-1 4-1 6"/><circle class="solid" cx="25" cy="39" r="2.6"/>`,
  /** An idea: a light bulb. */
  idea: svg`<path d="M24 5c-8 0-13 6-13 13 0 6 4 9 6 13v4h14v-4c2-4 6-7 6-13 0-7-5-13-13-13z M18 40h12 M20 44h8"/>`,
  /** A decision: a signpost, two ways to choose from. */
  decision: svg`<path d="M24 5v39 M16 44h16 M24 9h14l4 4-4 4H24 M24 21H10l-4 4 4 4h14"/>`,
  /** In progress: a hammer, work going on. */
  working: svg`<g transform="rotate(40 24 24)"><rect x="13" y="5" width="22" height="9" rx="1.5"/><path d="M24 14v30"/></g>`,
  /** Done: a tick in a circle. */
  done: svg`<circle cx="24" cy="24" r="18"/><path d="M15 24l6 6 12-13"/>`,
  /** Could not: a cross in a circle. */
  'could-not': svg`<circle cx="24" cy="24" r="18"/><path d="M17 17l14 14 M31 17L17 31"/>`,
  /** Feedback, or something to say: a speech bubble. */
  feedback: svg`<path d="M10 6h28a4 4 0 0 1 4 4v18a4 4 0 0 1-4 4H20l-9 8v-8h-1a4 4 0 0 1-4-4V10a4 4 0 0 1 4-4z M13 15h22 M13 23h16"/>`,
  /** An icebreaker: a hand waving hello. */
  icebreaker: svg`<path transform="rotate(-18 24 28)" d=${openHand}/><path d="M40 4c3 2 5 5 5 9 M36 7c2 1 3 3 3 5 M4 30c0 3 1 6 4 8"/>`,
  /** Values, what matters to us: a heart. */
  value: svg`<path d="M24 42S6 30 6 18c0-7 5-11 10-11 4 0 7 3 8 6 1-3 4-6 8-6 5 0 10 4 10 11 0 12-18 24-18 24z"/>`,
  /** How we work together (the group's rules): a list on a clipboard. */
  rules: svg`<rect x="10" y="8" width="28" height="36" rx="3"/><path d="M18 8V4h12v4 M16 19h4 M23 19h9 M16 27h4 M23 27h9 M16 35h4 M23 35h6"/>`,
  /** A date, a round or a review: a calendar. */
  calendar: svg`<rect x="6" y="10" width="36" height="32" rx="3"/><path d="M6 18h36 M15 6v8 M33 6v8"/><path class="solid" d="M12 23h5v5h-5z M21.5 23h5v5h-5z M31 23h5v5h-5z M12 32h5v5h-5z M21.5 32h5v5h-5z"/>`,
  /** A mark of co-production: a star. */
  mark: svg`<path d="M24 6l4.7 12.5 13.4.6-10.5 8.4 3.6 12.9L24 33l-11.2 7.4 3.6-12.9L5.9 19.1l13.4-.6z"/>`,
  /** Private: an eye closed. */
  private: svg`<path d="M5 20c8 12 30 12 38 0 M11 27l-4 5 M19 30l-2 6 M29 30l2 6 M37 27l4 5"/>`,
} as const satisfies Record<string, SVGTemplateResult>;

/** The name of an Easy Read picture. */
export type PictureName = keyof typeof DRAWINGS;

/** Every picture, by name. */
export const PICTURE_NAMES = Object.keys(DRAWINGS) as PictureName[];
