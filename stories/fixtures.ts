// Sessions for the stories, built with the same pure model functions the
// element uses, so they are always valid documents.
import {
  applyAction,
  createDocument,
  type MarkScorerAction,
  type MarkScorerDocument,
} from '../packages/mark-scorer/src/index.js';

const build = (actions: MarkScorerAction[], doc = createDocument()): MarkScorerDocument =>
  actions.reduce(applyAction, doc);

const day = (n: number) => new Date(Date.UTC(2026, 2, n, 10)).toISOString();

export function sessionInProgress(): MarkScorerDocument {
  return build([
    { type: 'set-notes', markId: 'listening', notes: 'People with lived experience speak first at every meeting.' },
    { type: 'add-item', markId: 'listening', list: 'ladders', id: 'l1', text: 'A listening circle every month' },
    { type: 'add-item', markId: 'listening', list: 'ladders', id: 'l2', text: 'Notes sent round in plain English' },
    {
      type: 'add-item',
      markId: 'listening',
      list: 'snakes',
      id: 's1',
      text: 'Meetings run over and people leave early',
    },
    { type: 'set-agreed', markId: 'listening', score: 6 },
    { type: 'set-agreed', markId: 'new-skills', score: 4 },
    { type: 'set-agreed', markId: 'power', score: 'pass' },
    { type: 'set-agreed', markId: 'online-comfort', score: 8 },
  ]);
}

export function privateScores(revealed: boolean): MarkScorerDocument {
  return build([
    { type: 'set-individual', markId: 'listening', participant: 'Ana', score: 3 },
    { type: 'set-individual', markId: 'listening', participant: 'Ben', score: 7 },
    { type: 'set-individual', markId: 'listening', participant: 'Cy', score: 'pass' },
    { type: 'set-individual', markId: 'listening', participant: 'Dee', score: 7 },
    ...(revealed ? [{ type: 'reveal', markId: 'listening' } as const] : []),
  ]);
}

export function sessionWithRounds(): MarkScorerDocument {
  const scores = (values: Record<string, number | 'pass'>): MarkScorerAction[] =>
    Object.entries(values).map(([markId, score]) => ({ type: 'set-agreed', markId, score }));
  return build([
    ...scores({ listening: 4, 'new-skills': 3, conflict: 5, power: 2, 'online-comfort': 6 }),
    { type: 'save-round', id: 'r1', label: 'Start of the project', at: day(2) },
    ...scores({ listening: 6, 'new-skills': 5, conflict: 'pass', power: 4, 'online-comfort': 6 }),
    { type: 'save-round', id: 'r2', label: 'Halfway', at: day(16) },
    ...scores({ listening: 8, 'new-skills': 5, conflict: 4, power: 6, 'online-comfort': 5 }),
    { type: 'save-round', id: 'r3', label: 'End of the project', at: day(30) },
  ]);
}

export function lakeOfIdeas(): MarkScorerDocument {
  return build([
    {
      type: 'add-idea',
      id: 'i1',
      text: 'Ask everyone how they want to be credited in the report',
      stage: 'completing',
      at: day(3),
    },
    { type: 'add-idea', id: 'i2', text: 'Pay for taxis to the celebration', stage: 'completing', at: day(3) },
    { type: 'add-idea', id: 'i3', text: 'Compare our scores with the first meeting', stage: 'review', at: day(4) },
  ]);
}

export function ownAndHiddenMarks(): MarkScorerDocument {
  return build([
    {
      type: 'add-mark',
      id: 'food',
      stage: 'process',
      name: 'Sharing food',
      description: 'We eat together before we start.',
    },
    { type: 'set-hidden', markId: 'icebreakers', hidden: true },
    { type: 'set-hidden', markId: 'online-comfort', hidden: true },
    {
      type: 'edit-mark',
      markId: 'power',
      name: 'Who gets a say',
      description: 'We notice who talks most, and change it.',
    },
  ]);
}

/** Private scoring with a person the group added, one not here today, and Ana's score given. */
export function peopleOfTheirOwn(): MarkScorerDocument {
  return build([
    { type: 'add-participant', name: 'Eve' },
    { type: 'set-absent', name: 'Dee', absent: true },
    { type: 'set-individual', markId: 'listening', participant: 'Ana', score: 6 },
  ]);
}
