import { currentStatus, datedChanges, isDueForReview } from './model.js';
import { STATUSES, type Decision, type OutcomeChange, type Status, type StatusChange } from './schema.js';
import { fold } from './words.js';

/** What someone is looking for. Empty fields match everything. */
export interface Query {
  text: string;
  status: Status | null;
  tag: string | null;
  /** Decided on or after this day (yyyy-mm-dd). */
  from: string | null;
  /** Decided on or before this day. */
  to: string | null;
  dueForReview: boolean;
  order: 'newest' | 'oldest';
}

export const EMPTY_QUERY: Query = {
  text: '',
  status: null,
  tag: null,
  from: null,
  to: null,
  dueForReview: false,
  order: 'newest',
};

export interface Found {
  /** The decisions that match, in the order asked for. */
  decisions: readonly Decision[];
  /** How many match everything but the status, by status: what each status choice would show. */
  counts: Readonly<Record<Status, number>>;
}

/**
 * The text search looks through, folded once per decision: decisions are
 * never changed in place, so the object is its own cache key.
 */
const searchable = new WeakMap<Decision, string>();
function searchTextOf(decision: Decision): string {
  let text = searchable.get(decision);
  if (text === undefined) {
    const parts = [
      decision.title,
      decision.what,
      decision.why,
      decision.how?.who ?? '',
      ...decision.people,
      ...decision.tags,
      ...decision.youSaid,
    ];
    for (const change of decision.history) {
      if (change.type === 'status') parts.push(change.note);
      else if (change.type === 'outcome') parts.push(change.text);
    }
    text = fold(parts.join('\n'));
    searchable.set(decision, text);
  }
  return text;
}

/**
 * Works out the search text of each decision a slice at a time while the page
 * is idle, so the first search of a long log is as quick as the next.
 * Returns a function that stops it.
 */
export function prepareSearch(decisions: readonly Decision[]): () => void {
  let index = 0;
  let stopped = false;
  const idle: (callback: (deadline: { timeRemaining(): number }) => void) => void =
    window.requestIdleCallback?.bind(window) ??
    ((callback) => setTimeout(() => callback({ timeRemaining: () => 8 }), 1));
  const step = (deadline: { timeRemaining(): number }) => {
    if (stopped) return;
    while (index < decisions.length && deadline.timeRemaining() > 1) searchTextOf(decisions[index++]!);
    if (index < decisions.length) idle(step);
  };
  idle(step);
  return () => {
    stopped = true;
  };
}

const sorted = new WeakMap<readonly Decision[], readonly Decision[]>();
/** Newest decided first; the same day, newest recorded first. Sorted once per version of the log. */
function newestFirst(decisions: readonly Decision[]): readonly Decision[] {
  let result = sorted.get(decisions);
  if (!result) {
    result = decisions
      .slice()
      .sort((a, b) =>
        a.decidedOn === b.decidedOn ? compare(b.recordedAt, a.recordedAt) : compare(b.decidedOn, a.decidedOn),
      );
    sorted.set(decisions, result);
  }
  return result;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every tag in the log, once, in alphabetical order. */
export function allTags(decisions: readonly Decision[], locale: string): string[] {
  const tags = new Map<string, string>();
  for (const decision of decisions) for (const tag of decision.tags) if (!tags.has(fold(tag))) tags.set(fold(tag), tag);
  return [...tags.values()].sort((a, b) => a.localeCompare(b, locale));
}

/** The decisions that match a query, and the counts per status. One pass over the log. */
export function find(all: readonly Decision[], query: Query, today: string): Found {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const tag = query.tag === null ? null : fold(query.tag);
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  const decisions: Decision[] = [];
  for (const decision of newestFirst(all)) {
    if (query.from !== null && decision.decidedOn < query.from) continue;
    if (query.to !== null && decision.decidedOn > query.to) continue;
    if (tag !== null && !decision.tags.some((each) => fold(each) === tag)) continue;
    if (query.dueForReview && !isDueForReview(decision, today)) continue;
    if (words.length) {
      const text = searchTextOf(decision);
      if (!words.every((word) => text.includes(word))) continue;
    }
    const status = currentStatus(decision).status;
    counts[status]++;
    if (query.status === null || query.status === status) decisions.push(decision);
  }
  if (query.order === 'oldest') decisions.reverse();
  return { decisions, counts };
}

/** A row of the timeline: a month's heading, or one dated change to one decision. */
export type TimelineRow =
  | { kind: 'month'; month: string }
  | { kind: 'change'; decision: Decision; change: StatusChange | OutcomeChange };

const timelines = new WeakMap<readonly Decision[], { order: Query['order']; rows: TimelineRow[] }>();

/**
 * The found decisions' statuses and outcomes in date order, under a heading
 * for each month; worked out once per search.
 */
export function timeline(decisions: readonly Decision[], order: Query['order']): TimelineRow[] {
  const cached = timelines.get(decisions);
  if (cached?.order === order) return cached.rows;
  const rows = timelineRows(decisions, order);
  timelines.set(decisions, { order, rows });
  return rows;
}

function timelineRows(decisions: readonly Decision[], order: Query['order']): TimelineRow[] {
  const changes: { decision: Decision; change: StatusChange | OutcomeChange }[] = [];
  for (const decision of decisions) for (const change of datedChanges(decision)) changes.push({ decision, change });
  const direction = order === 'newest' ? -1 : 1;
  changes.sort((a, b) => direction * (compare(a.change.on, b.change.on) || compare(a.change.at, b.change.at)));
  const rows: TimelineRow[] = [];
  let month = '';
  for (const entry of changes) {
    const entryMonth = entry.change.on.slice(0, 7);
    if (entryMonth !== month) {
      month = entryMonth;
      rows.push({ kind: 'month', month });
    }
    rows.push({ kind: 'change', ...entry });
  }
  return rows;
}
