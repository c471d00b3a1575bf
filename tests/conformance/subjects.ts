// The five elements, as the conformance suite drives them: what bad input
// looks like for each, how to read what it holds, and what applies.
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import type { FeedbackForm } from '../../packages/feedback-form/src/index.js';
import type { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { createDocument as newSession } from '../../packages/mark-scorer/src/index.js';

export interface Subject {
  tag: 'mark-scorer' | 'values-agreement' | 'decision-log' | 'icebreaker-picker' | 'feedback-form';
  /** A property given something it must refuse with `invalid-data`. */
  badInput: { property: string; value: unknown };
  /** What the element holds, as its host reads it. */
  read(element: Element): unknown;
  /** Elements that edit a document take `readonly`. */
  readonly: boolean;
  /** Elements that keep a document under `storage-key`. */
  storageKey: boolean;
  /** Gives the element something to read before a readonly test. */
  fill?(element: Element): void;
  printLabel: string;
}

export const ELEMENTS: Subject[] = [
  {
    tag: 'mark-scorer',
    badInput: { property: 'data', value: { marks: 'not a list' } },
    read: (element) => (element as MarkScorer).data,
    readonly: true,
    storageKey: true,
    fill: (element) => {
      const session = newSession();
      (element as MarkScorer).data = {
        ...session,
        marks: session.marks.map((mark) => ({ ...mark, notes: 'Kept', agreed: 6 })),
      };
    },
    printLabel: 'Print',
  },
  {
    tag: 'values-agreement',
    badInput: { property: 'data', value: { items: 'not a list' } },
    read: (element) => (element as ValuesAgreement).data,
    readonly: true,
    storageKey: true,
    printLabel: 'Print',
  },
  {
    tag: 'decision-log',
    badInput: { property: 'data', value: { decisions: 'not a list' } },
    read: (element) => (element as DecisionLog).data,
    readonly: true,
    storageKey: true,
    printLabel: 'Print',
  },
  {
    tag: 'icebreaker-picker',
    badInput: { property: 'icebreakers', value: 'not a list' },
    read: (element) => (element as IcebreakerPicker).icebreakers,
    readonly: false,
    storageKey: false,
    printLabel: 'Print',
  },
  {
    tag: 'feedback-form',
    badInput: { property: 'questions', value: [{ id: 'broken' }] },
    read: (element) => (element as FeedbackForm).questions,
    readonly: false,
    storageKey: false,
    printLabel: 'Print',
  },
];
