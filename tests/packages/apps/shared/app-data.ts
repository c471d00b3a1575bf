// What every test app gives the elements and listens for: copied into each
// app as src/app-data.ts by tests/packages/apps.test.mjs. Rich data (objects
// and lists) that only a property can carry, so an element that got
// "[object Object]" as an attribute instead shows nothing of it.
import {
  createDocument,
  MemoryStorageAdapter,
  type DecisionLogDocument,
  type Icebreaker,
  type MarkScorerDocument,
  type Question,
  type ValuesAgreementDocument,
} from 'coproduce';

const AT = '2026-03-01T10:00:00.000Z';

/** The storage every element inside <coproduction-project> saves to. */
export const storage = new MemoryStorageAdapter();

/** The presets, with "Listening" already scored 9 by the group. */
const scored = createDocument();
export const markData: MarkScorerDocument = {
  ...scored,
  marks: scored.marks.map((mark) => (mark.id === 'listening' ? { ...mark, agreed: 9, notes: 'From the app' } : mark)),
};

export const agreementData: ValuesAgreementDocument = {
  version: 1,
  participants: [],
  absent: [],
  items: [
    {
      id: 'trust',
      kind: 'value',
      text: 'Trust from the app',
      meaning: 'We do what we say.',
      responses: {},
      answered: [],
    },
  ],
  history: [],
  reviewDate: null,
  privateAnswers: false,
  revealed: false,
};

export const decisionData: DecisionLogDocument = {
  decisions: [
    {
      id: 'cafe',
      title: 'Open the café on Saturdays',
      decidedOn: '2026-03-01',
      what: 'The café opens on Saturdays from April.',
      why: '',
      how: { method: 'consensus', votes: null, who: '' },
      people: [],
      youSaid: [],
      tags: [],
      reviewOn: null,
      board: { shown: false, fields: [] },
      recordedAt: AT,
      history: [{ type: 'status', status: 'agreed', on: '2026-03-01', note: '', at: AT }],
    },
  ],
};

export const icebreakers: Icebreaker[] = [
  {
    id: 'garden-walk',
    title: { en: 'A walk round the garden', cy: 'Tro o amgylch yr ardd' },
    steps: { en: ['Walk round the garden in pairs.'] },
    minutesPerPerson: 0.5,
    settings: ['in-person'],
    depth: 'light',
    needs: { speaking: true, camera: false, materials: false },
  },
];

export const questions: Question[] = [{ id: 'more', type: 'text', label: 'Anything else?' }];

/** Every event the test checks that the app heard. */
export const EVENTS = ['mark-scored', 'mark-scorer-change', 'icebreaker-picked', 'feedback-form-change'] as const;

export interface Heard {
  type: string;
  detail: unknown;
}
declare global {
  interface Window {
    /** What the app heard, for the test to read. */
    heard: Heard[];
    /** What the app gave, for the test to compare. */
    given: { storage: MemoryStorageAdapter; icebreakers: Icebreaker[]; questions: Question[] };
    /** True once the app has drawn the elements. */
    appMounted: boolean;
  }
}
window.heard = [];
window.given = { storage, icebreakers, questions };
window.appMounted = false;

/** The app's one listener: keeps a copy of each event's detail. */
export function hear(event: Event): void {
  const { detail } = event as CustomEvent<unknown>;
  window.heard.push({ type: event.type, detail: JSON.parse(JSON.stringify(detail)) });
}
