import type { AgreementItem, Answer, ValuesAgreementDocument } from '../../packages/values-agreement/src/index.js';

export const AT = '2026-03-01T10:00:00.000Z';

/** A response as stored. */
export const said = (answer: Answer, note = '') => ({ answer, note, at: AT });

/** An item with these answers. */
export function item(
  id: string,
  kind: 'value' | 'rule',
  text: string,
  responses: AgreementItem['responses'] = {},
  meaning = '',
): AgreementItem {
  return { id, kind, text, meaning, responses, answered: Object.keys(responses) };
}

/** A small agreement: two values and one rule, nobody answered. */
export function smallAgreement(patch: Partial<ValuesAgreementDocument> = {}): ValuesAgreementDocument {
  return {
    version: 1,
    participants: [],
    absent: [],
    items: [
      item('trust', 'value', 'Trust', {}, 'We do what we say.'),
      item('safety', 'value', 'Feeling safe'),
      item('breaks', 'rule', 'We take breaks'),
    ],
    history: [],
    reviewDate: null,
    privateAnswers: false,
    revealed: false,
    ...patch,
  };
}

/** Everyone in `people` gave this answer to every item. */
export function everyoneSaid(doc: ValuesAgreementDocument, people: string[], answer: Answer): ValuesAgreementDocument {
  return {
    ...doc,
    items: doc.items.map((entry) => ({
      ...entry,
      responses: Object.fromEntries(people.map((name) => [name, said(answer)])),
    })),
  };
}
