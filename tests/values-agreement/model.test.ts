import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { everyLanguage, everyone, formatMessage, validate } from '../../packages/core/src/index.js';
import {
  applyAction,
  createDocument,
  isAllAgreed,
  isDueForReview,
  itemStatus,
  type ValuesAgreementAction,
} from '../../packages/values-agreement/src/model.js';
import {
  valuesAgreementDocumentSchema,
  type ValuesAgreementDocument,
} from '../../packages/values-agreement/src/schema.js';
import { addDefaults, valuesAgreementCatalogues } from '../../packages/values-agreement/src/index.js';

const at = '2026-11-22T10:00:00.000Z';
const build = (actions: ValuesAgreementAction[], doc = createDocument()): ValuesAgreementDocument => {
  const result = actions.reduce(applyAction, doc);
  expect(validate(valuesAgreementDocumentSchema(), result).success, 'valid document').to.equal(true);
  return result;
};
const people = ['Ana', 'Ben', 'Cy'];
const withItems = () =>
  build([
    {
      type: 'add-items',
      items: [
        { id: 'v1', kind: 'value', text: 'Trust', meaning: 'We do what we say.' },
        { id: 'r1', kind: 'rule', text: 'Anyone can pass', meaning: '' },
        { id: 'v2', kind: 'value', text: 'Safety', meaning: '' },
      ],
    },
  ]);
const respondAll = (answer: 'agree' | 'concern', itemId = 'v1'): ValuesAgreementAction[] =>
  people.map((participant) => ({
    type: 'respond',
    itemId,
    participant,
    answer,
    note: answer === 'concern' ? 'Watch the time' : '',
    at,
  }));

describe('values-agreement model: consent', () => {
  it('an item is agreed only when every person agreed or agreed with a concern', () => {
    let doc = withItems();
    expect(itemStatus(doc.items[0]!, people).state).to.equal('waiting');
    doc = build(respondAll('agree').slice(0, 2), doc);
    const partial = itemStatus(doc.items[0]!, people);
    expect(partial.state).to.equal('waiting');
    expect(partial.unanswered).to.deep.equal(['Cy']);
    doc = build(
      [{ type: 'respond', itemId: 'v1', participant: 'Cy', answer: 'concern', note: 'Hard on Mondays', at }],
      doc,
    );
    const done = itemStatus(doc.items[0]!, people);
    expect(done.state).to.equal('agreed');
    expect(done.concerns).to.deep.equal([{ name: 'Cy', note: 'Hard on Mondays' }]);
  });

  it('"not yet" blocks with its reason; a pass is standing aside, never an objection', () => {
    const doc = build(
      [
        { type: 'respond', itemId: 'v1', participant: 'Ana', answer: 'not-yet', note: 'Trust is earned', at },
        { type: 'respond', itemId: 'v1', participant: 'Ben', answer: 'agree', note: 'ignored', at },
        { type: 'respond', itemId: 'r1', participant: 'Ana', answer: 'pass', note: '', at },
        { type: 'respond', itemId: 'r1', participant: 'Ben', answer: 'agree', note: '', at },
        { type: 'respond', itemId: 'r1', participant: 'Cy', answer: 'agree', note: '', at },
      ],
      withItems(),
    );
    const blocked = itemStatus(doc.items[0]!, people);
    expect(blocked.state).to.equal('blocked');
    expect(blocked.notYet).to.deep.equal([{ name: 'Ana', note: 'Trust is earned' }]);
    expect(doc.items[0]!.responses['Ben']!.note, 'notes only go with a concern or not yet').to.equal('');
    // Ana passed, Ben and Cy agreed: agreed, with Ana standing aside.
    const passed = itemStatus(doc.items[1]!, people);
    expect(passed.state).to.equal('agreed');
    expect(passed.passed).to.deep.equal(['Ana']);
    expect(passed.agreedBy).to.deep.equal(['Ben', 'Cy']);
  });

  it('needs at least one agreement: when everyone here passes, nothing is agreed and nobody is blamed', () => {
    const doc = build(
      people.map(
        (participant) => ({ type: 'respond', itemId: 'v1', participant, answer: 'pass', note: '', at }) as const,
      ),
      withItems(),
    );
    const status = itemStatus(doc.items[0]!, people);
    expect(status.state).to.equal('unsupported');
    expect(status.notYet).to.deep.equal([]);
  });

  it('someone not here today neither holds an item back nor counts', () => {
    let doc = build(
      [
        { type: 'respond', itemId: 'v1', participant: 'Ana', answer: 'agree', note: '', at },
        { type: 'respond', itemId: 'v1', participant: 'Ben', answer: 'pass', note: '', at },
      ],
      withItems(),
    );
    expect(itemStatus(doc.items[0]!, people, doc.absent).state, 'waiting for Cy').to.equal('waiting');
    doc = build([{ type: 'set-absent', name: 'Cy', absent: true }], doc);
    const status = itemStatus(doc.items[0]!, people, doc.absent);
    expect(status.state).to.equal('agreed');
    expect(status.absent).to.deep.equal(['Cy']);
    expect(status.unanswered).to.deep.equal([]);
    // Cy's "not yet", given before, does not count while Cy is not here; back today, it does.
    doc = build([{ type: 'respond', itemId: 'v1', participant: 'Cy', answer: 'not-yet', note: 'Later', at }], doc);
    expect(itemStatus(doc.items[0]!, people, doc.absent).state).to.equal('agreed');
    doc = build([{ type: 'set-absent', name: 'Cy', absent: false }], doc);
    expect(itemStatus(doc.items[0]!, people, doc.absent).state).to.equal('blocked');
  });

  it('nothing is agreed when nobody is listed, and the whole agreement needs every item', () => {
    const doc = withItems();
    expect(itemStatus(doc.items[0]!, []).state).to.equal('waiting');
    expect(isAllAgreed(createDocument(), people)).to.equal(false);
    const agreed = build(
      ['v1', 'r1', 'v2'].flatMap((id) => respondAll('agree', id)),
      doc,
    );
    expect(isAllAgreed(agreed, people)).to.equal(true);
  });
});

describe('values-agreement model: versions', () => {
  it('rewording an agreed item starts a new version, keeps the old one with who agreed, and asks again', () => {
    const agreed = build(respondAll('agree'), withItems());
    const doc = build(
      [{ type: 'edit-item', itemId: 'v1', text: 'Trust and honesty', meaning: 'We do what we say.', at, people }],
      agreed,
    );
    expect(doc.version).to.equal(2);
    expect(doc.items[0]!.text).to.equal('Trust and honesty');
    expect(doc.items[0]!.responses).to.deep.equal({});
    expect(doc.history).to.have.length(1);
    const [past] = doc.history;
    expect(past!.version).to.equal(1);
    expect(past!.change).to.deep.equal({ itemId: 'v1', from: 'Trust', to: 'Trust and honesty' });
    expect(past!.items.find((item) => item.id === 'v1')!.agreedBy).to.deep.equal(people);
  });

  it('rewording an item not yet agreed clears its answers but keeps the version', () => {
    const started = build(
      [{ type: 'respond', itemId: 'v1', participant: 'Ana', answer: 'agree', note: '', at }],
      withItems(),
    );
    const doc = build([{ type: 'edit-item', itemId: 'v1', text: 'Trust, always', meaning: '', at, people }], started);
    expect(doc.version).to.equal(1);
    expect(doc.history).to.deep.equal([]);
    expect(doc.items[0]!.responses).to.deep.equal({});
  });

  it('saving the same wording changes nothing', () => {
    const agreed = build(respondAll('agree'), withItems());
    expect(
      applyAction(agreed, {
        type: 'edit-item',
        itemId: 'v1',
        text: 'Trust',
        meaning: 'We do what we say.',
        at,
        people,
      }),
    ).to.equal(agreed);
  });
});

describe('values-agreement model: lists, people and dates', () => {
  it('moves an item within its own kind, and not past the ends', () => {
    const doc = withItems();
    const moved = build([{ type: 'move-item', itemId: 'v2', by: -1 }], doc);
    expect(moved.items.map((item) => item.id)).to.deep.equal(['v2', 'r1', 'v1']);
    expect(applyAction(moved, { type: 'move-item', itemId: 'v2', by: -1 })).to.equal(moved);
  });

  it('adds people once (ignoring case) after the names the page gives', () => {
    const doc = build([
      { type: 'add-participant', name: 'Dee' },
      { type: 'add-participant', name: 'dee' },
      { type: 'add-participant', name: 'Ana' },
    ]);
    expect(doc.participants).to.deep.equal(['Dee', 'Ana']);
    expect(everyone(['Ana', 'Ben'], doc.participants)).to.deep.equal(['Ana', 'Ben', 'Dee']);
  });

  it('renames a person added here, and their answers and absence go with them', () => {
    let doc = build([{ type: 'add-participant', name: 'Dee' }], withItems());
    doc = build(
      [
        { type: 'respond', itemId: 'v1', participant: 'Dee', answer: 'concern', note: 'Pay', at },
        { type: 'set-absent', name: 'Dee', absent: true },
        { type: 'rename-participant', from: 'Dee', to: 'Deepa' },
      ],
      doc,
    );
    expect(doc.participants).to.deep.equal(['Deepa']);
    expect(doc.absent).to.deep.equal(['Deepa']);
    expect(doc.items[0]!.responses).to.deep.equal({ Deepa: { answer: 'concern', note: 'Pay', at } });
  });

  it('is due for review on the day and after', () => {
    expect(isDueForReview(null, '2026-11-22')).to.equal(false);
    expect(isDueForReview('2026-11-23', '2026-11-22')).to.equal(false);
    expect(isDueForReview('2026-11-22', '2026-11-22')).to.equal(true);
    expect(isDueForReview('2026-01-01', '2026-11-22')).to.equal(true);
  });

  it('refuses a document with a broken date or a repeated id', () => {
    const doc = withItems();
    expect(validate(valuesAgreementDocumentSchema(), { ...doc, reviewDate: '22/11/2026' }).success).to.equal(false);
    expect(validate(valuesAgreementDocumentSchema(), { ...doc, items: [doc.items[0], doc.items[0]] }).success).to.equal(
      false,
    );
  });
});

describe('values-agreement defaults', () => {
  for (const locale of ['en', 'cy'] as const) {
    it(`gives a short, valid starting set of values and ground rules in ${locale}`, async () => {
      let id = 0;
      const strings = (await everyLanguage(valuesAgreementCatalogues))[locale];
      const t = (key: keyof typeof valuesAgreementCatalogues.en) => formatMessage(locale, strings[key]!);
      const doc = build([addDefaults(t, () => `d${++id}`)]);
      const values = doc.items.filter((item) => item.kind === 'value');
      const rules = doc.items.filter((item) => item.kind === 'rule');
      expect(values.length).to.be.within(5, 8);
      expect(rules.length).to.be.within(5, 8);
      expect(values.every((item) => item.text && item.meaning)).to.equal(true);
      expect(rules.map((item) => item.text).join(' ')).to.match(locale === 'en' ? /pass/ : /basio/);
    });
  }
});

describe('values-agreement model: who has answered', () => {
  const at = '2026-11-30T10:00:00.000Z';
  const withItem = (): ValuesAgreementDocument =>
    applyAction(createDocument(), {
      type: 'add-items',
      items: [{ id: 'x', kind: 'value', text: 'Trust', meaning: '' }],
    });
  const answered = (doc: ValuesAgreementDocument) => doc.items[0]!.answered;

  it('follows answering, clearing an answer and renaming, and is forgotten with the old wording', () => {
    let doc = applyAction(withItem(), {
      type: 'respond',
      itemId: 'x',
      participant: 'Ann',
      answer: 'agree',
      note: '',
      at,
    });
    doc = applyAction(doc, { type: 'respond', itemId: 'x', participant: 'Ann', answer: 'pass', note: '', at });
    doc = applyAction(doc, { type: 'respond', itemId: 'x', participant: 'Ben', answer: 'agree', note: '', at });
    expect(answered(doc)).to.deep.equal(['Ann', 'Ben']);
    doc = applyAction(doc, { type: 'rename-participant', from: 'Ann', to: 'Anna' });
    expect(answered(doc)).to.deep.equal(['Anna', 'Ben']);
    doc = applyAction(doc, { type: 'clear-response', itemId: 'x', participant: 'Ben' });
    expect(answered(doc)).to.deep.equal(['Anna']);
    doc = applyAction(doc, { type: 'edit-item', itemId: 'x', text: 'Trust each other', meaning: '', at, people: [] });
    expect(answered(doc)).to.deep.equal([]);
  });
});
