// Agreements for the stories, built with the element's own pure model, so
// they are always valid documents.
import {
  addDefaults,
  valuesAgreementCatalogues,
  type Answer,
  type ValuesAgreementDocument,
} from '../packages/values-agreement/src/index.js';
import { valuesAgreementCy } from '../packages/values-agreement/src/i18n/cy.js';
import { applyAction, createDocument, type ValuesAgreementAction } from '../packages/values-agreement/src/model.js';

export const PEOPLE = 'Ana, Ben, Cy, Dee';
const people = PEOPLE.split(', ');
const day = (n: number) => new Date(Date.UTC(2026, 2, n, 10)).toISOString();

const build = (actions: ValuesAgreementAction[], doc = createDocument()): ValuesAgreementDocument =>
  actions.reduce(applyAction, doc);

/** The suggested values and ground rules, worded in English or Welsh, with fixed ids. */
export function suggestions(locale: 'en' | 'cy' = 'en'): ValuesAgreementDocument {
  let n = 0;
  // The Welsh read straight from its module: the element loads it when it needs it, but a story's data is made at once.
  const strings = (locale === 'cy' ? valuesAgreementCy : valuesAgreementCatalogues.en) as unknown as Record<
    string,
    string
  >;
  return build([
    addDefaults(
      (key) => strings[key]!,
      () => `item${n++}`,
    ),
  ]);
}

const answers = (itemId: string, given: Array<[string, Answer, string?]>, at = day(3)): ValuesAgreementAction[] =>
  given.map(([participant, answer, note = '']) => ({ type: 'respond', itemId, participant, answer, note, at }));

const everyoneAgrees = (doc: ValuesAgreementDocument): ValuesAgreementAction[] =>
  doc.items.flatMap((item) =>
    answers(
      item.id,
      people.map((name) => [name, 'agree'] as [string, Answer]),
    ),
  );

/** Part-way: some items agreed, one with a concern, one blocked by "not yet", one with a pass. */
export function inProgress(locale: 'en' | 'cy' = 'en'): ValuesAgreementDocument {
  const doc = suggestions(locale);
  return build(
    [
      ...answers(
        'item0',
        people.map((name) => [name, 'agree'] as [string, Answer]),
      ),
      ...answers('item1', [
        ['Ana', 'agree'],
        ['Ben', 'concern', 'Some people need more time to feel safe'],
        ['Cy', 'agree'],
        ['Dee', 'agree'],
      ]),
      ...answers('item2', [
        ['Ana', 'not-yet', 'I want to talk about who chairs the meetings'],
        ['Ben', 'agree'],
      ]),
      ...answers('item3', [
        ['Ana', 'agree'],
        ['Ben', 'agree'],
        ['Cy', 'pass'],
        ['Dee', 'agree'],
      ]),
    ],
    doc,
  );
}

/** Everyone agreed to everything, with a review date a year on. */
export function agreed(): ValuesAgreementDocument {
  const doc = suggestions();
  return build([...everyoneAgrees(doc), { type: 'set-review-date', date: '2027-03-01' }], doc);
}

/** Answers given privately, not yet shown together (or shown, if `revealed`). */
export function privateAnswers(revealed: boolean): ValuesAgreementDocument {
  const doc = build([{ type: 'set-private', on: true }], suggestions());
  return build(
    [
      ...answers('item0', [
        ['Ana', 'agree'],
        ['Ben', 'not-yet', 'Trust has to be earned first'],
        ['Cy', 'agree'],
      ]),
      ...answers('item1', [
        ['Ana', 'agree'],
        ['Cy', 'concern', 'Stepping out should not need a reason'],
      ]),
      ...(revealed ? [{ type: 'reveal' } as const] : []),
    ],
    doc,
  );
}

/** An agreed rule reworded: version 2, with version 1 kept in the history. */
export function secondVersion(): ValuesAgreementDocument {
  const doc = agreed();
  return build(
    [
      {
        type: 'edit-item',
        itemId: 'item7',
        text: 'We take a ten-minute break every hour, and anyone can take one whenever they need it.',
        meaning: '',
        at: day(20),
        people,
      },
      ...answers(
        'item7',
        [
          ['Ana', 'agree'],
          ['Ben', 'agree'],
        ],
        day(21),
      ),
    ],
    doc,
  );
}

/** Agreed, but its review date has passed. */
export function dueForReview(): ValuesAgreementDocument {
  return build([{ type: 'set-review-date', date: '2026-01-01' }], agreed());
}

/** Three agreed to the first value, one passed (standing aside) and one is not here today: it is agreed. */
export function standingAsideAndAway(): ValuesAgreementDocument {
  const doc = build([{ type: 'set-absent', name: people.at(-1)!, absent: true }], suggestions());
  const [first, second, ...rest] = people.slice(0, -1);
  return build(
    [
      ...answers('item0', [
        [first!, 'agree'],
        [second!, 'pass'],
        ...rest.map((name): [string, Answer] => [name, 'agree']),
      ]),
      ...answers(
        'item1',
        people.slice(0, -1).map((name): [string, Answer] => [name, 'pass']),
      ),
    ],
    doc,
  );
}
