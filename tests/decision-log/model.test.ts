import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { applyAction, checkChange, type DecisionLogAction } from '../../packages/decision-log/src/model.js';
import type { DecisionLogDocument } from '../../packages/decision-log/src/index.js';
import { decision, smallLog } from './fixtures.js';

/** What the element keeps of an action: the log after it, if the change passes its check. */
function kept(log: DecisionLogDocument, action: DecisionLogAction): DecisionLogDocument | null {
  const next = applyAction(log, action);
  return checkChange(next, log).success ? next : null;
}

// The pure model every change goes through: no form or file can reach these, so they are tested here.
describe('<decision-log>: the model of the log', () => {
  it('refuses a recorded decision, or decisions from a spreadsheet, whose id is already in the log', () => {
    const log = smallLog();
    expect(kept(log, { type: 'record', decision: decision('cafe') })).to.equal(null);
    expect(kept(log, { type: 'import', decisions: [decision('twin'), decision('twin')] })).to.equal(null);
    const fresh = kept(log, { type: 'record', decision: decision('fresh') });
    expect(fresh!.decisions.map((each) => each.id)).to.deep.equal(['cafe', 'bus', 'staff', 'fresh']);
  });

  it('refuses a change the log cannot hold: "not possible" without its reason', () => {
    const log = smallLog();
    const change = {
      type: 'status',
      status: 'not-possible',
      on: '2026-05-01',
      note: '',
      at: '2026-05-01T10:00:00.000Z',
    } as const;
    expect(kept(log, { type: 'add-change', id: 'cafe', change })).to.equal(null);
    const reasoned = kept(log, { type: 'add-change', id: 'cafe', change: { ...change, note: 'The hall is booked.' } });
    expect(reasoned!.decisions[0]!.history.at(-1)).to.include({ status: 'not-possible', note: 'The hall is booked.' });
    // Only the changed decision is new, so only it is checked again.
    expect(reasoned!.decisions[1]).to.equal(log.decisions[1]);
  });

  it('keeps the words a correction replaced in the decision’s history', () => {
    const log = smallLog();
    const { id: _id, recordedAt: _at, history: _history, ...details } = log.decisions[0]!;
    const corrected = kept(log, {
      type: 'correct',
      id: 'cafe',
      details: { ...details, title: 'Open on Saturdays and Sundays' },
      at: '2026-05-01T10:00:00.000Z',
    });
    const cafe = corrected!.decisions[0]!;
    expect(cafe.title).to.equal('Open on Saturdays and Sundays');
    const last = cafe.history.at(-1)!;
    expect(last.type === 'edited' && last.before.title).to.equal('Open the café on Saturdays');
  });
});
