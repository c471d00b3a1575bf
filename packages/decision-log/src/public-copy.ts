import type { BoardField, Change, Decision, DecisionLogDocument } from './schema.js';

/**
 * The log as the public may see it: only decisions chosen for the board, and
 * of each only its title, date, what was decided, tags, status and the fields
 * chosen for it; no names unless the host allows them. The public board is
 * drawn from this copy alone, so nothing else can reach the page, and the
 * same copy can be downloaded and published for `src`.
 */
export function publicCopy(doc: DecisionLogDocument, showNames: boolean): DecisionLogDocument {
  return {
    decisions: doc.decisions
      .filter((decision) => decision.board.shown)
      .map((decision) => publicDecision(decision, showNames)),
  };
}

function publicDecision(decision: Decision, showNames: boolean): Decision {
  const shows = (field: BoardField) => decision.board.fields.includes(field);
  const how = shows('how') ? decision.how : null;
  return {
    id: decision.id,
    title: decision.title,
    decidedOn: decision.decidedOn,
    what: decision.what,
    why: shows('why') ? decision.why : '',
    // Delegating names a person or group; who decides when it is not ours is a body, stated openly.
    how: how?.method === 'delegated' && !showNames ? { ...how, who: '' } : how,
    people: showNames && shows('people') ? decision.people : [],
    youSaid: shows('you-said') ? decision.youSaid : [],
    tags: decision.tags,
    reviewOn: shows('review') ? decision.reviewOn : null,
    board: decision.board,
    recordedAt: decision.recordedAt,
    history: decision.history.flatMap((change): Change[] => {
      if (change.type === 'status') {
        // "Not possible" keeps its reason: saying why is the point of the board.
        const keepNote = shows('progress') || change.status === 'not-possible';
        return [keepNote ? change : { ...change, note: '' }];
      }
      if (change.type === 'outcome') return shows('outcome') ? [change] : [];
      // Corrections hold the earlier words of every field, shown or not.
      return [];
    }),
  };
}
