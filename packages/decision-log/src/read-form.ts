import { dayFromForm, isUnkeyable, parseParticipants, PARTICIPANT_LIMITS, textFromForm } from '@coproduce/core';
import type { DecisionLogKey } from './i18n/catalogues.js';
import { refuseSave } from './form-summary.js';
import {
  BOARD_FIELDS,
  LIMITS,
  METHODS,
  STATUSES,
  type BoardField,
  type DecisionDetails,
  type Method,
  type Status,
} from './schema.js';
import type { DecisionLogView } from './view.js';
import { splitLines, splitTags } from './words.js';

/** A problem with one field: where its message goes, and the id of what takes focus to put it right. */
interface FieldProblem {
  field: string;
  key: DecisionLogKey;
  target?: string;
}

/** Every field of the decision form, in page order, with its error slot. */
const FORM_FIELDS = [
  'f-title',
  'f-decided-day',
  'f-what',
  'f-method',
  'f-votes',
  'f-delegated',
  'f-who-decides',
  'f-people',
  'f-you-said',
  'f-tags',
  'f-review-day',
] as const;

const count = (text: string) => (/^\d{1,7}$/.test(text) ? Number(text) : text === '' ? 0 : null);

/**
 * The decision as typed into the form, or null with every problem shown at
 * its field and in the form's error summary, which takes focus. Nothing
 * typed is cleared.
 */
export function readDecisionForm(
  view: DecisionLogView,
  form: HTMLFormElement,
): { details: DecisionDetails; status: Status } | null {
  const data = new FormData(form);
  const problems: FieldProblem[] = [];
  const text = (name: string) => textFromForm(form, name);

  const title = text('title');
  if (!title) problems.push({ field: 'f-title', key: 'error.title' });
  const decided = dayFromForm(form, 'f-decided');
  if (!decided.day) problems.push({ field: 'f-decided-day', key: 'error.decidedOn' });
  const what = text('what');
  if (!what) problems.push({ field: 'f-what', key: 'error.what' });

  const method = data.get('method') as Method | null;
  let how: DecisionDetails['how'] = null;
  if (!method || !METHODS.includes(method)) {
    problems.push({ field: 'f-method', key: 'error.method', target: `f-method-${METHODS[0]}` });
  } else {
    let votes = null;
    let who = '';
    if (method === 'vote') {
      const [yes, no, abstained] = ['votes-for', 'votes-against', 'votes-abstained'].map((name) => count(text(name)));
      if (yes === null || no === null || abstained === null) {
        problems.push({ field: 'f-votes', key: 'error.votes', target: 'f-votes-for' });
      } else {
        votes = { for: yes!, against: no!, abstained: abstained! };
      }
    } else if (method === 'delegated') {
      who = text('delegated-to');
      if (!who) problems.push({ field: 'f-delegated', key: 'error.delegatedTo' });
    } else if (method === 'not-ours') {
      who = text('who-decides');
      if (!who) problems.push({ field: 'f-who-decides', key: 'error.whoDecides' });
    }
    how = { method, votes, who: who.slice(0, LIMITS.who) };
  }

  const { names: people, duplicates } = parseParticipants(text('people'));
  if (
    duplicates.length ||
    people.length > PARTICIPANT_LIMITS.count ||
    people.some((name) => name.length > PARTICIPANT_LIMITS.name)
  ) {
    problems.push({ field: 'f-people', key: 'error.people' });
  } else if (people.some(isUnkeyable)) {
    problems.push({ field: 'f-people', key: 'error.peopleUnusable' });
  }
  const youSaid = splitLines(String(data.get('you-said') ?? ''));
  if (youSaid.length > LIMITS.youSaid || youSaid.some((line) => line.length > LIMITS.youSaidText)) {
    problems.push({ field: 'f-you-said', key: 'error.youSaid' });
  }
  const tags = splitTags(text('tags'));
  if (tags.length > LIMITS.tags || tags.some((tag) => tag.length > LIMITS.tag)) {
    problems.push({ field: 'f-tags', key: 'error.tags' });
  }
  const review = dayFromForm(form, 'f-review');
  if (!review.empty && !review.day) problems.push({ field: 'f-review-day', key: 'error.reviewOn' });

  const status = (data.get('status') as Status | null) ?? 'agreed';
  const boardFields = data
    .getAll('board-field')
    .filter((field): field is BoardField => BOARD_FIELDS.includes(field as BoardField));

  for (const field of FORM_FIELDS)
    view.setFieldError(field, problems.find((problem) => problem.field === field)?.key ?? null);
  if (problems.length) {
    refuseSave(
      view,
      'decision',
      problems.map(({ field, target }) => ({ field, target: target ?? field })),
    );
    return null;
  }
  return {
    status: STATUSES.includes(status) ? status : 'agreed',
    details: {
      title,
      decidedOn: decided.day!,
      what,
      why: text('why'),
      how,
      people,
      youSaid,
      tags,
      reviewOn: review.day,
      board: { shown: data.get('board-shown') === 'on', fields: boardFields },
    },
  };
}
