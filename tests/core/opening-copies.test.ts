import { expect, fixture } from '@open-wc/testing';
import '../support/setup.js';
import type { CoproduceErrorDetail } from '../../packages/core/src/index.js';
import { $, recordEvents, settle, text, waitFor } from '../support/helpers.js';

/** An element that keeps a document, as "Open a saved copy" sees it. */
type Keeping = HTMLElement & {
  data: unknown;
  locale: string | undefined;
  toJSON(): { format: string; version: number; savedAt: string; data: unknown };
  updateComplete: Promise<unknown>;
};

const elements = [
  { tag: 'decision-log', error: 'decision-log-error' },
  { tag: 'mark-scorer', error: 'mark-scorer-error' },
  { tag: 'values-agreement', error: 'values-agreement-error' },
] as const;

async function mount(tag: string, errorEvent: string) {
  const element = (await fixture(`<${tag}></${tag}>`)) as Keeping;
  await settle(element);
  const errors = recordEvents(
    element,
    errorEvent as 'decision-log-error',
  ) as unknown as CustomEvent<CoproduceErrorDetail>[];
  return { element, errors };
}

/** Chooses a file in "Open a saved copy", as a person would. */
async function open(element: Keeping, name: string, content: string) {
  const input = $<HTMLInputElement>(element, '#open-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

for (const { tag, error } of elements) {
  describe(`<${tag}>: opening a saved copy`, () => {
    it('says a copy from a newer version of the tool was made by a newer version, and changes nothing', async () => {
      const { element, errors } = await mount(tag, error);
      const before = JSON.stringify(element.data);
      const saved = element.toJSON();
      const newer = { ...saved, version: saved.version + 1, data: { whatever: 'a newer version keeps' } };
      await open(element, 'future.json', JSON.stringify(newer));
      await waitFor(() => errors.length > 0);
      await settle(element);
      expect(errors[0]!.detail.code).to.equal('invalid-file');
      expect(text($(element, '#problems li'))).to.equal(
        '“future.json” was made by a newer version of this tool, so it can’t be opened here. Nothing on screen has changed.',
      );
      expect(JSON.stringify(element.data)).to.equal(before);
      element.locale = 'cy';
      await settle(element);
      expect(text($(element, '#problems li'))).to.contain('fersiwn fwy newydd o’r offeryn hwn');
      await expect(element).to.be.accessible();
    });

    it('still says a changed or foreign file is not a copy from this tool', async () => {
      const { element, errors } = await mount(tag, error);
      await open(element, 'other.json', JSON.stringify({ format: 'someone-else', version: 1, data: {} }));
      await waitFor(() => errors.length > 0);
      await settle(element);
      expect(text($(element, '#problems li'))).to.contain(
        'It isn’t a copy saved from this tool, or it has been changed.',
      );
    });
  });
}

describe('How big a saved copy may be', () => {
  /** A valid saved copy of the element's own empty document, made `bytes` long with spaces JSON allows. */
  const copyOf = (element: Keeping, bytes: number) => {
    const json = JSON.stringify(element.toJSON());
    return json + ' '.repeat(bytes - json.length);
  };

  it('is 5 MB for a session or an agreement', async () => {
    for (const { tag, error } of elements.filter((each) => each.tag !== 'decision-log')) {
      const { element, errors } = await mount(tag, error);
      await open(element, 'big.json', copyOf(element, 6 * 1024 * 1024));
      await waitFor(() => errors.length > 0);
      await settle(element);
      expect(text($(element, '#problems li')), tag).to.contain(
        '“big.json” is too big to be a copy saved from this tool.',
      );
    }
  });

  it('is more for a decision log, which can hold 20,000 decisions', async () => {
    const { element, errors } = await mount('decision-log', 'decision-log-error');
    await open(element, 'long log.json', copyOf(element, 6 * 1024 * 1024));
    await waitFor(() => text(element.shadowRoot!.querySelector('.notice')).includes('Opened “long log.json”'));
    expect(errors).to.have.length(0);
    await open(element, 'huge.json', copyOf(element, 41 * 1024 * 1024));
    await waitFor(() => errors.length > 0);
    await settle(element);
    expect(text($(element, '#problems li'))).to.contain('“huge.json” is too big to be a copy saved from this tool.');
  });
});
