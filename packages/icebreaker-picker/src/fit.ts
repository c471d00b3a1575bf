import type { Icebreaker, Setting } from './schema.js';

/** What the picker knows about the meeting and the people in it. */
export interface Meeting {
  /** Length of the meeting in minutes. */
  minutes: number;
  /** How many people take part, the person running it included. */
  groupSize: number;
  setting: Setting;
  /** The most of the meeting the icebreaker may take, in percent. */
  budgetPercent: number;
  /** Some people will have cameras off (matters online and hybrid). */
  camerasOff: boolean;
  /** Some people would rather not speak. */
  someNotSpeaking: boolean;
  /** Paper, pens, pictures or the like are to hand. */
  materials: boolean;
  /** The host allows icebreakers that ask something personal. */
  allowPersonal: boolean;
}

/** Why an icebreaker does not suit a meeting, in the order they are checked. */
export type Unsuited = 'personal' | 'setting' | 'camera' | 'speaking' | 'materials' | 'time';

/** The whole seconds an icebreaker may take in this meeting. */
export function budgetSeconds(meeting: Meeting): number {
  return Math.floor((meeting.minutes * 60 * meeting.budgetPercent) / 100);
}

/** Seconds each person has: the icebreaker's minutes per person, to the second. */
export function secondsEach(icebreaker: Icebreaker): number {
  return Math.round(icebreaker.minutesPerPerson * 60);
}

/** Seconds the whole group takes: equal time for each person. */
export function totalSeconds(icebreaker: Icebreaker, groupSize: number): number {
  return secondsEach(icebreaker) * groupSize;
}

/** The first reason an icebreaker does not suit the meeting, or null if it does. */
export function unsuited(icebreaker: Icebreaker, meeting: Meeting): Unsuited | null {
  const { needs, variants } = icebreaker;
  if ((icebreaker.depth === 'personal' || icebreaker.depth === 'feelings') && !meeting.allowPersonal) return 'personal';
  if (!icebreaker.settings.includes(meeting.setting)) return 'setting';
  if (meeting.camerasOff && meeting.setting !== 'in-person' && needs.camera && !variants?.noCamera) return 'camera';
  if (meeting.someNotSpeaking && needs.speaking && !variants?.nonVerbal) return 'speaking';
  if (needs.materials && !meeting.materials) return 'materials';
  if (totalSeconds(icebreaker, meeting.groupSize) > budgetSeconds(meeting)) return 'time';
  return null;
}

/** The icebreakers that suit the meeting and fit its time, quickest first (then by id, so the order never depends on the language). */
export function fitting(icebreakers: readonly Icebreaker[], meeting: Meeting): Icebreaker[] {
  return icebreakers
    .filter((icebreaker) => unsuited(icebreaker, meeting) === null)
    .sort((a, b) => a.minutesPerPerson - b.minutesPerPerson || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * When nothing fits, why: the quickest icebreaker that suits everything but
 * the time (and the budget, in percent, it would need), or null when none
 * suits the meeting's other choices at all.
 */
export function quickestOverTime(
  icebreakers: readonly Icebreaker[],
  meeting: Meeting,
): { icebreaker: Icebreaker; percentNeeded: number } | null {
  let quickest: Icebreaker | null = null;
  for (const icebreaker of icebreakers) {
    if (unsuited(icebreaker, meeting) !== 'time') continue;
    if (!quickest || icebreaker.minutesPerPerson < quickest.minutesPerPerson) quickest = icebreaker;
  }
  if (!quickest) return null;
  const percentNeeded = Math.ceil((totalSeconds(quickest, meeting.groupSize) * 100) / (meeting.minutes * 60));
  return { icebreaker: quickest, percentNeeded };
}

/** FNV-1a, then a final mix, so nearby seeds give unrelated numbers. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  value ^= value >>> 16;
  return value >>> 0;
}

/**
 * The icebreaker a seed picks from those that fit. Each icebreaker gets a
 * number from the seed and its id, and the lowest wins: the same seed picks
 * the same icebreaker on any screen, and a change to the meeting changes the
 * pick only if it rules that icebreaker out (or lets in one that beats it).
 */
export function pickWithSeed(seed: string, candidates: readonly Icebreaker[]): Icebreaker | null {
  let best: Icebreaker | null = null;
  let bestScore = Infinity;
  for (const icebreaker of candidates) {
    const score = hash(`${seed}\u0000${icebreaker.id}`);
    if (score < bestScore || (score === bestScore && best && icebreaker.id < best.id)) {
      best = icebreaker;
      bestScore = score;
    }
  }
  return best;
}

/** A short random seed, to pick afresh. */
export function newSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return [...bytes].map((byte) => (byte % 36).toString(36)).join('');
}

/**
 * A new seed that picks something other than `current`, when anything else
 * fits; the seed alone reproduces the new pick.
 */
export function anotherSeed(current: Icebreaker | null, candidates: readonly Icebreaker[]): string {
  let seed = newSeed();
  for (let tries = 0; tries < 100 && current && candidates.length > 1; tries++) {
    if (pickWithSeed(seed, candidates)?.id !== current.id) break;
    seed = newSeed();
  }
  return seed;
}

/** How the icebreaker on show came to be there: by seed, by the page's `pick`, or chosen by the person from the list. */
export type Choice = { kind: 'seed' } | { kind: 'pick' } | { kind: 'chosen'; id: string };

/**
 * The icebreaker on show: the person's choice or the page's `pick` while it
 * fits, else the seed's pick from those that fit (null when none does). For a
 * `pick` that cannot be shown, why: not in the list at all, or not suited.
 */
export function showing(
  choice: Choice,
  pick: string | undefined,
  library: readonly Icebreaker[],
  candidates: readonly Icebreaker[],
  seed: string,
): { icebreaker: Icebreaker | null; pickProblem: 'unknown' | 'unsuited' | null } {
  const wanted = choice.kind === 'chosen' ? choice.id : choice.kind === 'pick' ? pick : undefined;
  const fits = wanted === undefined ? undefined : candidates.find((icebreaker) => icebreaker.id === wanted);
  let pickProblem: 'unknown' | 'unsuited' | null = null;
  if (choice.kind === 'pick' && pick && !fits) {
    pickProblem = library.some((icebreaker) => icebreaker.id === pick) ? 'unsuited' : 'unknown';
  }
  return { icebreaker: fits ?? pickWithSeed(seed, candidates), pickProblem };
}
