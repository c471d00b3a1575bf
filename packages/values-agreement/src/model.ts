// The agreement's pure model: (document, action) -> document, and what the
// group has agreed so far. No DOM; every result is validated by the element.
import { applyPeopleAction, hasOwn, own, renameKey, type PeopleAction } from '@coproduce/core';
import type { AgreementItem, Answer, ItemKind, ValuesAgreementDocument } from './schema.js';

export type ValuesAgreementAction =
  | { type: 'add-items'; items: ReadonlyArray<{ id: string; kind: ItemKind; text: string; meaning: string }> }
  /** `people`: everyone taking part now, to judge whether the item was agreed. */
  | { type: 'edit-item'; itemId: string; text: string; meaning: string; at: string; people: readonly string[] }
  | { type: 'remove-item'; itemId: string }
  | { type: 'move-item'; itemId: string; by: -1 | 1 }
  | { type: 'respond'; itemId: string; participant: string; answer: Answer; note: string; at: string }
  | { type: 'clear-response'; itemId: string; participant: string }
  | PeopleAction
  | { type: 'set-review-date'; date: string | null }
  | { type: 'set-private'; on: boolean }
  | { type: 'reveal' };

export function createDocument(): ValuesAgreementDocument {
  return {
    version: 1,
    participants: [],
    absent: [],
    items: [],
    history: [],
    reviewDate: null,
    privateAnswers: false,
    revealed: false,
  };
}

const CONSENT: ReadonlySet<Answer> = new Set(['agree', 'concern']);

export interface ItemStatus {
  /**
   * agreed: everyone here today has answered, nobody said "not yet", and at
   * least one agreed. blocked: someone said "not yet". waiting: answers still
   * to come. unsupported: everyone here passed, so nobody has agreed yet.
   * A pass is standing aside: it never holds an item back.
   */
  state: 'agreed' | 'blocked' | 'waiting' | 'unsupported';
  answered: string[];
  unanswered: string[];
  agreedBy: string[];
  concerns: Array<{ name: string; note: string }>;
  notYet: Array<{ name: string; note: string }>;
  passed: string[];
  /** Listed, but not here today: they neither hold the item back nor count. */
  absent: string[];
}

/** Where one item stands with these people. Nobody here means nobody has agreed yet. */
export function itemStatus(item: AgreementItem, people: readonly string[], absent: readonly string[] = []): ItemStatus {
  const status: ItemStatus = {
    state: 'waiting',
    answered: [],
    unanswered: [],
    agreedBy: [],
    concerns: [],
    notYet: [],
    passed: [],
    absent: [],
  };
  for (const name of people) {
    if (absent.includes(name)) {
      status.absent.push(name);
      continue;
    }
    const response = own(item.responses, name);
    if (!response) {
      status.unanswered.push(name);
      continue;
    }
    status.answered.push(name);
    if (CONSENT.has(response.answer)) status.agreedBy.push(name);
    if (response.answer === 'concern') status.concerns.push({ name, note: response.note });
    if (response.answer === 'not-yet') status.notYet.push({ name, note: response.note });
    if (response.answer === 'pass') status.passed.push(name);
  }
  if (status.notYet.length) status.state = 'blocked';
  else if (status.unanswered.length || !status.answered.length) status.state = 'waiting';
  else status.state = status.agreedBy.length ? 'agreed' : 'unsupported';
  return status;
}

/** True when there is something to agree and every item is agreed by the people here today. */
export function isAllAgreed(doc: ValuesAgreementDocument, people: readonly string[]): boolean {
  return doc.items.length > 0 && doc.items.every((item) => itemStatus(item, people, doc.absent).state === 'agreed');
}

/** True once the review date has come (it is due on the day itself). */
export function isDueForReview(reviewDate: string | null, today: string): boolean {
  return reviewDate !== null && reviewDate <= today;
}

function updateItem(doc: ValuesAgreementDocument, itemId: string, change: (item: AgreementItem) => AgreementItem) {
  return { ...doc, items: doc.items.map((item) => (item.id === itemId ? change(item) : item)) };
}

/**
 * Rewording an item asks everyone again: its answers were to the old words.
 * If everyone had agreed to it, the agreement moves to a new version and the
 * old one is kept, with who had agreed to what.
 */
function editItem(doc: ValuesAgreementDocument, action: Extract<ValuesAgreementAction, { type: 'edit-item' }>) {
  const item = doc.items.find((entry) => entry.id === action.itemId);
  if (!item || (item.text === action.text && item.meaning === action.meaning)) return doc;
  const wasAgreed = itemStatus(item, action.people, doc.absent).state === 'agreed';
  const reworded = updateItem(doc, item.id, (entry) => ({
    ...entry,
    text: action.text,
    meaning: action.meaning,
    responses: {},
    answered: [],
  }));
  if (!wasAgreed) return reworded;
  const snapshot = doc.items.map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    text: entry.text,
    meaning: entry.meaning,
    agreedBy: Object.keys(entry.responses).filter((name) => CONSENT.has(entry.responses[name]!.answer)),
  }));
  return {
    ...reworded,
    version: doc.version + 1,
    revealed: false,
    history: [
      ...doc.history,
      {
        version: doc.version,
        endedAt: action.at,
        change: { itemId: item.id, from: item.text, to: action.text },
        items: snapshot,
      },
    ],
  };
}

export function applyAction(doc: ValuesAgreementDocument, action: ValuesAgreementAction): ValuesAgreementDocument {
  switch (action.type) {
    case 'add-items':
      return {
        ...doc,
        items: [...doc.items, ...action.items.map((item) => ({ ...item, responses: {}, answered: [] }))],
      };
    case 'edit-item':
      return editItem(doc, action);
    case 'remove-item':
      return { ...doc, items: doc.items.filter((item) => item.id !== action.itemId) };
    case 'move-item': {
      const items = [...doc.items];
      const from = items.findIndex((item) => item.id === action.itemId);
      // Moves within its own kind: values stay with values, rules with rules.
      let to = from + action.by;
      while (to >= 0 && to < items.length && items[to]!.kind !== items[from]?.kind) to += action.by;
      if (from < 0 || to < 0 || to >= items.length) return doc;
      [items[from], items[to]] = [items[to]!, items[from]!];
      return { ...doc, items };
    }
    case 'respond':
      return updateItem(doc, action.itemId, (item) => ({
        ...item,
        responses: {
          ...item.responses,
          [action.participant]: {
            answer: action.answer,
            note: action.answer === 'concern' || action.answer === 'not-yet' ? action.note : '',
            at: action.at,
          },
        },
        answered: item.answered.includes(action.participant) ? item.answered : [...item.answered, action.participant],
      }));
    case 'clear-response':
      return updateItem(doc, action.itemId, (item) => {
        const { [action.participant]: _cleared, ...responses } = item.responses;
        return { ...item, responses, answered: item.answered.filter((name) => name !== action.participant) };
      });
    case 'add-participant':
    case 'remove-participant':
    case 'set-absent':
      return applyPeopleAction(doc, action);
    case 'rename-participant': {
      // Their answers go with them (a page's name is never renamed here, so `participants` holds it).
      const renamed = applyPeopleAction(doc, action);
      return {
        ...renamed,
        items: renamed.items.map((item) => ({
          ...item,
          responses: renameKey(item.responses, action.from, action.to),
          answered: item.answered.map((name) => (name === action.from ? action.to : name)),
        })),
      };
    }
    case 'set-review-date':
      return { ...doc, reviewDate: action.date };
    case 'set-private':
      return { ...doc, privateAnswers: action.on, revealed: action.on ? false : doc.revealed };
    case 'reveal':
      return { ...doc, revealed: true };
  }
}

/**
 * The agreement as it may leave the element (a copy, `data`, events): while
 * answers are private and not yet shown, nobody's answers are in it.
 */
export function publicView(doc: ValuesAgreementDocument): ValuesAgreementDocument {
  const sealed =
    doc.privateAnswers && !doc.revealed && doc.items.some((item) => Object.keys(item.responses).length > 0);
  return sealed ? { ...doc, items: doc.items.map((item) => ({ ...item, responses: {} })) } : doc;
}

/** Whether this person has answered the item (here, or on their own device in a live session). */
export function hasAnswered(item: AgreementItem, person: string): boolean {
  return hasOwn(item.responses, person) || item.answered.includes(person);
}

/** Once private answers are shown: who answered on a device whose answers have not arrived yet (it is offline). */
export function stillToArrive(doc: ValuesAgreementDocument): string[] {
  if (!doc.privateAnswers || !doc.revealed) return [];
  const waiting = new Set(doc.items.flatMap((item) => item.answered.filter((name) => !hasOwn(item.responses, name))));
  return [...waiting];
}

/** Items as the page shows them: values first, then ground rules, each in the group's order. */
export function inShownOrder<T extends { kind: ItemKind }>(items: readonly T[]): T[] {
  return [...items.filter((item) => item.kind === 'value'), ...items.filter((item) => item.kind === 'rule')];
}
