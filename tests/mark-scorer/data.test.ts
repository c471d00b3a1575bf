import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, focused, recordEvents, settle, submitText, text, typeAndLeave } from '../support/helpers.js';
import { chooseScore, openMark, scorer } from './support.js';
import { createDocument, type MarkScorer, type MarkScorerDocument } from '../../packages/mark-scorer/src/index.js';

function withListening(change: Partial<MarkScorerDocument['marks'][number]>): MarkScorerDocument {
  const doc = createDocument();
  return { ...doc, marks: doc.marks.map((mark) => (mark.id === 'listening' ? { ...mark, ...change } : mark)) };
}

async function openFile(element: MarkScorer, name: string, content: string | Uint8Array<ArrayBuffer>) {
  const input = $<HTMLInputElement>(element, '#open-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Reading a file is asynchronous.
  for (let i = 0; i < 20 && !element.shadowRoot!.querySelector('.notice, .problem'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await settle(element);
}

describe('<mark-scorer> data property', () => {
  it('sets and gets the whole validated document, without sharing objects with the host', async () => {
    const element = await scorer();
    const doc = withListening({ agreed: 9, notes: 'From the host' });
    element.data = doc;
    await settle(element);
    expect(text($(element, '#m-listening-summary .mark-status'))).to.equal('Our score: 9 out of 10');
    const copy = element.data;
    copy.marks[0]!.notes = 'changed outside';
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.notes).to.equal('From the host');
  });

  it('refuses invalid data with a clear message and an error event, keeping what was there', async () => {
    const element = await scorer();
    element.data = withListening({ agreed: 4 });
    await settle(element);
    const errors = recordEvents(element, 'mark-scorer-error');
    element.data = withListening({ agreed: 11 as 10 });
    element.data = { marks: 'nope' } as unknown as MarkScorerDocument;
    element.data = null as unknown as MarkScorerDocument;
    await settle(element);
    expect(errors).to.have.length(3);
    expect(errors[0]!.detail.code).to.equal('invalid-data');
    expect(String(errors[0]!.detail.cause)).to.include('marks');
    expect(text($(element, '#problems'))).to.include('isn’t in the right form, so we kept what was already here');
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.agreed).to.equal(4);
    await expect(element).to.be.accessible();
  });

  it('adds back default marks a document lacks, keeping the group’s own', async () => {
    const element = await scorer();
    // As an older copy has it: no people of its own either.
    element.data = {
      marks: [
        {
          id: 'mine',
          stage: 'process',
          preset: false,
          name: 'Ours',
          hidden: false,
          notes: '',
          ladders: [],
          snakes: [],
          agreed: 3,
          individual: {},
          revealed: false,
        },
      ],
      ideas: [],
      rounds: [],
    } as never;
    await settle(element);
    expect(element.data.marks).to.have.length(createDocument().marks.length + 1);
    expect(element.data.marks.find((mark) => mark.id === 'mine')!.agreed).to.equal(3);
  });

  it('accepts data set before the element was defined', async () => {
    const early = document.createElement('mark-scorer-early') as HTMLElement & { data?: unknown };
    early.data = withListening({ agreed: 2 });
    document.body.append(early);
    const { MarkScorer } = await import('../../packages/mark-scorer/src/index.js');
    customElements.define('mark-scorer-early', class extends MarkScorer {});
    const upgraded = early as unknown as MarkScorer;
    await settle(upgraded);
    expect(upgraded.data.marks.find((mark) => mark.id === 'listening')!.agreed).to.equal(2);
    early.remove();
  });
});

describe('<mark-scorer> export', () => {
  it('toJSON() gives a versioned envelope that loads back', async () => {
    const element = await scorer();
    element.data = withListening({ agreed: 6, notes: 'x' });
    const envelope = JSON.parse(JSON.stringify(element));
    expect(envelope).to.include({ format: 'coproduce/mark-scorer', version: 1 });
    const other = await scorer();
    other.data = envelope;
    expect(other.data).to.deep.equal(element.data);
  });

  it('toCSV() gives a row per mark in the element’s language, safe to open in a spreadsheet', async () => {
    const element = await scorer();
    await openMark(element, 'listening');
    chooseScore(element, 'm-listening-agreed', 7);
    await typeAndLeave(element, '#m-listening-notes', '=HYPERLINK("http://bad")');
    await submitText(element, '#m-listening-ladders-new', 'A "quoted", listening circle');
    await submitText(element, '#round-label', 'First');
    const csv = element.toCSV();
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(
      'Stage,Mark,What it means,Our notes,Ladders,Snakes,Agreed score,Private scores (after showing),Hidden,First (' +
        element.data.rounds[0]!.savedAt.slice(0, 10) +
        ')',
    );
    const listening = lines.find((line) => line.startsWith('Process,Listening,'))!;
    expect(listening).to.include(`"'=HYPERLINK(""http://bad"")"`);
    expect(listening).to.include('"A ""quoted"", listening circle"');
    expect(listening).to.match(/,7,,,7$/);
    element.locale = 'cy';
    await settle(element);
    // "Ysgolion" alone reads as "Schools" in a spreadsheet: the Welsh headers say what the column holds.
    expect(element.toCSV().split('\r\n')[0]).to.match(
      /^Cam,Nodwedd,Beth mae’n ei olygu,Ein nodiadau,Ysgolion \(beth sy’n helpu\),Nadroedd \(beth allai ein dal yn ôl\),Sgôr y grŵp,/,
    );
  });
});

describe('<mark-scorer> opening a saved copy', () => {
  it('opens a downloaded copy, says so, and can undo it', async () => {
    const source = await scorer();
    source.data = withListening({ agreed: 8, notes: 'from the file' });
    const element = await scorer();
    element.data = withListening({ agreed: 2 });
    const changes = recordEvents(element, 'mark-scorer-change');
    await openFile(element, 'our-session.json', JSON.stringify(source.toJSON()));
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.agreed).to.equal(8);
    expect(text($(element, '.notice p'))).to.equal('Opened “our-session.json”.');
    expect(focused(element)?.id).to.equal('undo');
    expect(changes).to.have.length(1);
    $(element, '#undo').click();
    await settle(element);
    expect(element.data.marks.find((mark) => mark.id === 'listening')!.agreed).to.equal(2);
  });

  for (const [label, name, content] of [
    ['a file that is not JSON', 'notes.json', 'Dear all, …'],
    ['a different kind of file', 'other.json', JSON.stringify({ format: 'someone/else', version: 1, data: {} })],
    [
      'a damaged copy',
      'broken.json',
      JSON.stringify({ format: 'coproduce/mark-scorer', version: 1, data: { marks: 5 } }),
    ],
  ] as const) {
    it(`refuses ${label} with a clear message and changes nothing`, async () => {
      const element = await scorer();
      element.data = withListening({ agreed: 2 });
      const errors = recordEvents(element, 'mark-scorer-error');
      await openFile(element, name, content);
      expect(text($(element, '#problems'))).to.include(`“${name}” can’t be opened here`);
      expect(errors[0]!.detail.code).to.equal('invalid-file');
      expect(element.data.marks.find((mark) => mark.id === 'listening')!.agreed).to.equal(2);
      expect(focused(element)?.id).to.equal('problems');
      await expect(element).to.be.accessible();
    });
  }

  it('refuses a file far too big to be a saved copy, without reading it', async () => {
    const element = await scorer();
    await openFile(element, 'huge.json', new Uint8Array(6 * 1024 * 1024));
    expect(text($(element, '#problems'))).to.include('“huge.json” is too big');
  });
});
