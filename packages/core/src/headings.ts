import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

/**
 * The heading tags an element uses, from its `heading-level`: its title, its
 * sections one level below, their parts one below that (never past h6), so
 * the element fits the page's outline wherever it is pasted. Templates write
 * `<${h.section} class="h-section">`: the class gives the look, which stays
 * the same whatever the level.
 */
export interface Headings {
  level: number;
  title: StaticValue;
  section: StaticValue;
  sub: StaticValue;
}

/** Heading levels an element can start at. */
export const HEADING_LEVELS = { min: 1, max: 6, default: 2 } as const;

const built = new Map<number, Headings>();

export function headingsFor(level: number): Headings {
  let headings = built.get(level);
  if (!headings) {
    // Only the digits 1 to 6 ever reach unsafeStatic: the level is checked before it gets here.
    const tag = (offset: number) => unsafeStatic(`h${Math.min(HEADING_LEVELS.max, level + offset)}`);
    headings = { level, title: tag(0), section: tag(1), sub: tag(2) };
    built.set(level, headings);
  }
  return headings;
}
