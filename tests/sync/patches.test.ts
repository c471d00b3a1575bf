import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import '../support/setup.js';
import { applyPatches, diff, mergeChanges, takeBack, type Json } from '../../packages/core/src/sync/patches.js';
import { applyToShared, readShared, seedShared } from '../../packages/core/src/sync/shared-doc.js';

interface TestDoc {
  marks: { id: string; notes: string; ladders: { id: string; text: string }[]; individual: Record<string, number> }[];
  participants: string[];
  history: { at: number }[];
}

const base: TestDoc & Json = {
  marks: [
    { id: 'a', notes: '', ladders: [], individual: {} },
    { id: 'b', notes: 'first', ladders: [{ id: 'l1', text: 'Paid time' }], individual: { Sam: 4 } },
  ],
  participants: ['Sam', 'Ali'],
  history: [{ at: 1 }],
};

function change(doc: Json, edit: (copy: typeof base) => void): Json {
  const copy = structuredClone(doc) as typeof base;
  edit(copy);
  return copy;
}

describe('patches between two versions of a document', () => {
  it('name fields by the ids of list items, not by their position', () => {
    const next = change(base, (d) => {
      d.marks[1]!.notes = 'second';
    });
    expect(diff(base, next)).to.deep.equal([
      { kind: 'set', path: ['marks', 'b', 'notes'], from: 'first', to: 'second' },
    ]);
  });

  it('say where an item was added and where one was taken out', () => {
    const next = change(base, (d) => {
      d.marks[1]!.ladders.push({ id: 'l2', text: 'Lunch' } as never);
      d.marks.splice(0, 1);
    });
    const patches = diff(base, next);
    expect(patches).to.deep.include({ kind: 'remove', path: ['marks'], id: 'a', after: null, value: base.marks[0] });
    expect(patches).to.deep.include({
      kind: 'insert',
      path: ['marks', 'b', 'ladders'],
      id: 'l2',
      after: 'l1',
      value: { id: 'l2', text: 'Lunch' },
    });
    expect(applyPatches(base, patches)).to.deep.equal(next);
  });

  it('keep a name added elsewhere when another name is added here', () => {
    const mine = change(base, (d) => d.participants.push('Jo'));
    const theirs = change(base, (d) => d.participants.push('Rhys'));
    const merged = applyPatches(theirs, diff(base, mine)) as typeof base;
    expect(merged.participants).to.have.members(['Sam', 'Ali', 'Rhys', 'Jo']).and.have.length(4);
  });

  it('merge two changes to different fields of one item, both kept', () => {
    const mine = change(base, (d) => {
      d.marks[1]!.notes = 'mine';
    });
    const theirs = change(base, (d) => {
      d.marks[1]!.individual = { Sam: 4, Ali: 7 } as never;
    });
    const { doc, conflicts } = mergeChanges(base, mine, theirs);
    expect(conflicts).to.deep.equal([]);
    expect((doc as typeof base).marks[1]).to.deep.include({ notes: 'mine', individual: { Sam: 4, Ali: 7 } });
  });

  it('keep my typing and report a conflict when both changed the same field', () => {
    const mine = change(base, (d) => {
      d.marks[1]!.notes = 'mine';
    });
    const theirs = change(base, (d) => {
      d.marks[1]!.notes = 'theirs';
    });
    const { doc, conflicts } = mergeChanges(base, mine, theirs);
    expect((doc as typeof base).marks[1]!.notes).to.equal('mine');
    expect(conflicts).to.deep.equal([{ path: ['marks', 'b', 'notes'], base: 'first', mine: 'mine', theirs: 'theirs' }]);
  });

  it('take back only my change, and say what someone else changed since', () => {
    const mine = change(base, (d) => {
      d.marks[0]!.notes = 'mine';
      d.marks[1]!.notes = 'mine too';
    });
    const patches = diff(base, mine);
    // Someone else then changes one of the same fields and another one.
    const now = change(mine, (d) => {
      d.marks[1]!.notes = 'theirs';
      d.participants.push('Jo');
    });
    const { doc, changedSince } = takeBack(now, patches);
    expect((doc as typeof base).marks[0]!.notes).to.equal('');
    expect((doc as typeof base).marks[1]!.notes).to.equal('theirs');
    expect((doc as typeof base).participants).to.deep.equal(['Sam', 'Ali', 'Jo']);
    expect(changedSince.map((p) => p.path)).to.deep.equal([['marks', 'b', 'notes']]);
  });

  it('put a removed item back where it was', () => {
    const mine = change(base, (d) => d.marks.splice(0, 1));
    const { doc } = takeBack(mine, diff(base, mine));
    expect(doc).to.deep.equal(base);
  });
});

describe('a shared Yjs document', () => {
  function seeded(data: Json = base): Y.Doc {
    const doc = new Y.Doc();
    seedShared(doc, 'test/doc', 1, data);
    return doc;
  }

  function sync(a: Y.Doc, b: Y.Doc): void {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  }

  it('reads back what was seeded, with its format', () => {
    expect(readShared(seeded())).to.deep.equal({ format: 'test/doc', version: 1, data: base });
  });

  it('gives the same items when two tabs seed the same copy, so the two merge without doubling', () => {
    const a = seeded();
    const b = seeded();
    sync(a, b);
    expect(readShared(a)?.data).to.deep.equal(base);
    expect(readShared(b)?.data).to.deep.equal(base);
  });

  it('keeps two different seeds of an empty room in step: one wins on both, nothing is left apart', () => {
    const a = seeded();
    const other = change(base, (d) => {
      d.marks[0]!.notes = 'another copy';
    });
    const b = seeded(other);
    sync(a, b);
    expect(readShared(a)).to.deep.equal(readShared(b));
    // Later changes on either side still reach the other.
    applyToShared(b, [{ kind: 'set', path: ['marks', 'b', 'notes'], from: 'first', to: 'after' }]);
    sync(a, b);
    expect(readShared(a)).to.deep.equal(readShared(b));
    expect((readShared(a)!.data as typeof base).marks[1]!.notes).to.equal('after');
  });

  it('merges field by field and keeps both additions to a list', () => {
    const a = seeded();
    const b = seeded();
    const mine = change(base, (d) => {
      d.marks[1]!.notes = 'from a';
      d.marks[1]!.ladders.push({ id: 'l2', text: 'A' } as never);
      d.participants.push('Jo');
    });
    const theirs = change(base, (d) => {
      d.marks[0]!.notes = 'from b';
      d.marks[1]!.ladders.push({ id: 'l3', text: 'B' } as never);
      d.participants.splice(0, 1);
    });
    applyToShared(a, diff(base, mine));
    applyToShared(b, diff(base, theirs));
    sync(a, b);
    const merged = readShared(a)?.data as typeof base;
    expect(readShared(b)?.data).to.deep.equal(merged);
    expect(merged.marks[0]!.notes).to.equal('from b');
    expect(merged.marks[1]!.notes).to.equal('from a');
    expect(merged.marks[1]!.ladders.map((item) => item.id).sort()).to.deep.equal(['l1', 'l2', 'l3']);
    expect(merged.participants).to.deep.equal(['Ali', 'Jo']);
  });

  it('applies a change of order and a whole list without ids', () => {
    const doc = seeded();
    const next = change(base, (d) => {
      d.marks.reverse();
      d.history = [{ at: 2 }];
    });
    applyToShared(doc, diff(base, next));
    expect(readShared(doc)?.data).to.deep.equal(next);
  });
});
