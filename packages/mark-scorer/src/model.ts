import { applyPeopleAction, hasOwn, own, renameKey, type PeopleAction } from '@coproduce/core';
import { PRESET_MARKS, STAGES, type Stage } from './marks.js';
import type { Idea, ListItem, Mark, MarkScorerDocument, Round, Score } from './schema.js';

/**
 * Pure functions over the mark-scorer document: (document, action) → document.
 * No DOM, no storage, no clock: ids and times arrive in the action, so every
 * change is predictable and testable.
 */

export type ListKind = 'ladders' | 'snakes';

export type MarkScorerAction =
  | PeopleAction
  | { type: 'set-notes'; markId: string; notes: string }
  | { type: 'add-item'; markId: string; list: ListKind; id: string; text: string }
  | { type: 'edit-item'; markId: string; list: ListKind; itemId: string; text: string }
  | { type: 'remove-item'; markId: string; list: ListKind; itemId: string }
  | { type: 'set-agreed'; markId: string; score: Score }
  | { type: 'set-individual'; markId: string; participant: string; score: Score }
  | { type: 'reveal'; markId: string }
  | { type: 'score-again'; markId: string }
  | { type: 'add-mark'; id: string; stage: Stage; name: string; description: string }
  | { type: 'edit-mark'; markId: string; name: string; description: string }
  | { type: 'restore-wording'; markId: string }
  | { type: 'remove-mark'; markId: string }
  | { type: 'set-hidden'; markId: string; hidden: boolean }
  | { type: 'add-idea'; id: string; text: string; stage: Stage; at: string }
  | { type: 'remove-idea'; ideaId: string }
  | { type: 'save-round'; id: string; label: string; at: string };

function presetMark(id: string, stage: Stage): Mark {
  return {
    id,
    stage,
    preset: true,
    hidden: false,
    notes: '',
    ladders: [],
    snakes: [],
    agreed: null,
    individual: {},
    answered: [],
    revealed: false,
  };
}

/** A new session: every default mark of every stage, nothing scored. */
export function createDocument(): MarkScorerDocument {
  return withPresets({ marks: [], ideas: [], rounds: [], participants: [], absent: [] });
}

/**
 * Adds any default mark the document lacks (a file from an older version, or
 * one written by hand), keeping the group's own marks where they are.
 */
export function withPresets(doc: MarkScorerDocument): MarkScorerDocument {
  const present = new Set(doc.marks.filter((mark) => mark.preset).map((mark) => mark.id));
  const missing = STAGES.flatMap((stage) =>
    PRESET_MARKS[stage].filter((id) => !present.has(id)).map((id) => presetMark(id, stage)),
  );
  return missing.length ? { ...doc, marks: [...missing, ...doc.marks] } : doc;
}

function updateMark(doc: MarkScorerDocument, markId: string, change: (mark: Mark) => Mark): MarkScorerDocument {
  return { ...doc, marks: doc.marks.map((mark) => (mark.id === markId ? change(mark) : mark)) };
}

function updateList(mark: Mark, list: ListKind, change: (items: ListItem[]) => ListItem[]): Mark {
  return { ...mark, [list]: change(mark[list]) };
}

export function applyAction(doc: MarkScorerDocument, action: MarkScorerAction): MarkScorerDocument {
  switch (action.type) {
    case 'add-participant':
    case 'remove-participant':
    case 'set-absent':
      return applyPeopleAction(doc, action);
    case 'rename-participant': {
      // Their private scores go with them.
      const renamed = applyPeopleAction(doc, action);
      return {
        ...renamed,
        marks: renamed.marks.map((mark) => ({
          ...mark,
          individual: renameKey(mark.individual, action.from, action.to),
          answered: mark.answered.map((name) => (name === action.from ? action.to : name)),
        })),
      };
    }
    case 'set-notes':
      return updateMark(doc, action.markId, (mark) => ({ ...mark, notes: action.notes }));
    case 'add-item':
      return updateMark(doc, action.markId, (mark) =>
        updateList(mark, action.list, (items) => [...items, { id: action.id, text: action.text.trim() }]),
      );
    case 'edit-item':
      return updateMark(doc, action.markId, (mark) =>
        updateList(mark, action.list, (items) =>
          items.map((item) => (item.id === action.itemId ? { ...item, text: action.text.trim() } : item)),
        ),
      );
    case 'remove-item':
      return updateMark(doc, action.markId, (mark) =>
        updateList(mark, action.list, (items) => items.filter((item) => item.id !== action.itemId)),
      );
    case 'set-agreed':
      return updateMark(doc, action.markId, (mark) => ({ ...mark, agreed: action.score }));
    case 'set-individual':
      return updateMark(doc, action.markId, (mark) =>
        mark.revealed
          ? mark
          : {
              ...mark,
              individual: { ...mark.individual, [action.participant]: action.score },
              answered: mark.answered.includes(action.participant)
                ? mark.answered
                : [...mark.answered, action.participant],
            },
      );
    case 'reveal':
      return updateMark(doc, action.markId, (mark) => ({ ...mark, revealed: true }));
    case 'score-again':
      return updateMark(doc, action.markId, (mark) => ({ ...mark, revealed: false, individual: {}, answered: [] }));
    case 'add-mark':
      return {
        ...doc,
        marks: [
          ...doc.marks,
          {
            ...presetMark(action.id, action.stage),
            preset: false,
            name: action.name.trim(),
            description: action.description.trim(),
          },
        ],
      };
    case 'edit-mark':
      return updateMark(doc, action.markId, (mark) => ({
        ...mark,
        name: action.name.trim(),
        description: action.description.trim(),
      }));
    case 'restore-wording':
      return updateMark(doc, action.markId, (mark) => {
        if (!mark.preset) return mark;
        const { name: _name, description: _description, ...rest } = mark;
        return rest;
      });
    case 'remove-mark':
      // Default marks are hidden, never removed, so nothing the group wrote is lost.
      return { ...doc, marks: doc.marks.filter((mark) => mark.id !== action.markId || mark.preset) };
    case 'set-hidden':
      return updateMark(doc, action.markId, (mark) => ({ ...mark, hidden: action.hidden }));
    case 'add-idea': {
      const idea: Idea = { id: action.id, text: action.text.trim(), stage: action.stage, addedAt: action.at };
      return { ...doc, ideas: [...doc.ideas, idea] };
    }
    case 'remove-idea':
      return { ...doc, ideas: doc.ideas.filter((idea) => idea.id !== action.ideaId) };
    case 'save-round': {
      const round: Round = {
        id: action.id,
        label: action.label.trim(),
        savedAt: action.at,
        scores: Object.fromEntries(doc.marks.map((mark) => [mark.id, mark.agreed])),
      };
      return { ...doc, rounds: [...doc.rounds, round] };
    }
  }
}

/**
 * The session as it may leave the element (a copy, `data`, events): private
 * scores stay out until their mark is revealed. Unchanged when none are private.
 */
export function publicView(doc: MarkScorerDocument): MarkScorerDocument {
  const sealed = (mark: Mark) => !mark.revealed && Object.keys(mark.individual).length > 0;
  if (!doc.marks.some(sealed)) return doc;
  return { ...doc, marks: doc.marks.map((mark) => (sealed(mark) ? { ...mark, individual: {} } : mark)) };
}

/** Whether this person has given a private score for the mark (here, or on their own device in a live session). */
export function hasAnswered(mark: Mark, person: string): boolean {
  return hasOwn(mark.individual, person) || mark.answered.includes(person);
}

/** After Reveal: who gave a score that has not arrived yet (their device is offline). */
export function stillToArrive(mark: Mark): string[] {
  return mark.revealed ? mark.answered.filter((name) => !hasOwn(mark.individual, name)) : [];
}

export interface Spread {
  /** The scores given, lowest first. */
  scores: number[];
  passes: number;
  lowest: number | null;
  highest: number | null;
  median: number | null;
}

/** The spread of individual scores. Passes are counted apart, never as low scores. */
export function spreadOf(scores: readonly Score[]): Spread {
  const numbers = scores.filter((score): score is number => score !== 'pass').sort((a, b) => a - b);
  const passes = scores.length - numbers.length;
  if (numbers.length === 0) return { scores: [], passes, lowest: null, highest: null, median: null };
  const middle = Math.floor(numbers.length / 2);
  const median = numbers.length % 2 ? numbers[middle]! : (numbers[middle - 1]! + numbers[middle]!) / 2;
  return { scores: numbers, passes, lowest: numbers[0]!, highest: numbers[numbers.length - 1]!, median };
}

export interface MarkChange {
  markId: string;
  from: number;
  to: number;
  change: number;
}

/**
 * How each mark's agreed score moved between its first and its latest scored
 * round (passes and unscored rounds are skipped), biggest movement first.
 */
export function changesAcrossRounds(rounds: readonly Round[], markIds: readonly string[]): MarkChange[] {
  const changes: MarkChange[] = [];
  for (const markId of markIds) {
    const scored = rounds
      .map((round) => own(round.scores, markId))
      .filter((score): score is number => typeof score === 'number');
    if (scored.length < 2) continue;
    const from = scored[0]!;
    const to = scored[scored.length - 1]!;
    changes.push({ markId, from, to, change: to - from });
  }
  return changes.sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
}
