import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import type { DecisionLog, DecisionLogDocument } from '../packages/decision-log/src/index.js';
import { VIRTUALISE_ABOVE } from '../packages/decision-log/src/render-list.js';
import { longLog, published, sampleLog } from './decision-fixtures.js';
import { serving } from './serving.js';

interface Args {
  easyRead?: boolean;
  storageKey: string;
  locale: string;
  public: boolean;
  readonly: boolean;
  showNames: boolean;
  src: string;
  data?: DecisionLogDocument;
  width?: string;
}

const logIn = (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector('decision-log') as DecisionLog;
  return { element, root: element.shadowRoot! };
};

/** Waits for the element and its list's rows, which are drawn after layout and only near the screen. */
const ready = async (canvasElement: HTMLElement) => {
  const { element, root } = logIn(canvasElement);
  await element.updateComplete;
  root.querySelector('.found')?.scrollIntoView();
  for (
    let frame = 0;
    frame < 60 && root.querySelector('.found') && !root.querySelector('.found [role="listitem"]');
    frame++
  ) {
    await new Promise(requestAnimationFrame);
  }
  await new Promise(requestAnimationFrame);
  await element.updateComplete;
};

const click = async (canvasElement: HTMLElement, selector: string) => {
  const { element, root } = logIn(canvasElement);
  root.querySelector<HTMLElement>(selector)!.click();
  await element.updateComplete;
  await ready(canvasElement);
};

const type = async (canvasElement: HTMLElement, selector: string, value: string) => {
  const { root } = logIn(canvasElement);
  const field = root.querySelector<HTMLInputElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await ready(canvasElement);
};

const meta: Meta<Args> = {
  title: 'Elements/decision-log',
  component: 'decision-log',
  args: { easyRead: false, storageKey: '', locale: '', public: false, readonly: false, showNames: false, src: '' },
  argTypes: {
    easyRead: { name: 'easy-read', control: 'boolean' },
    storageKey: { name: 'storage-key', control: 'text' },
    locale: { control: 'inline-radio', options: ['', 'en', 'cy'] },
    public: { control: 'boolean' },
    readonly: { control: 'boolean' },
    showNames: { name: 'show-names', control: 'boolean' },
    src: { control: 'text' },
    data: { control: false },
    width: { control: false, table: { disable: true } },
  },
  render: (args, { globals }) => html`
    <div style="max-width: ${args.width ?? 'none'}">
      <decision-log
        storage-key=${ifDefined(args.storageKey || undefined)}
        locale=${ifDefined(args.locale || undefined)}
        ?easy-read=${args.easyRead}
        src=${ifDefined(args.src || undefined)}
        ?public=${args.public}
        ?readonly=${args.readonly}
        ?show-names=${args.showNames}
        theme=${globals.theme === 'dark' ? 'dark' : 'light'}
        .data=${args.data}
      ></decision-log>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'A transparent record of decisions: what was decided, why and how, who took part, what it answers (“you said”) and what happened next (“we did”). Nothing is overwritten. `public` makes it a public “you said, we did” board that shows only what each decision is marked to show, and no names unless `show-names` is set; `readonly` shows the whole log with nothing to change (downloads and print stay).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

export const ALog: Story = {
  args: { data: sampleLog() },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('#showing')?.textContent).toContain('5 decisions match, out of 5.');
  },
};

export const Searching: Story = {
  args: { data: sampleLog() },
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#search', 'quiet');
    const { root } = logIn(canvasElement);
    await expect(root.querySelectorAll('.found [role="listitem"]').length).toBe(1);
  },
};

export const NothingFound: Story = {
  args: { data: sampleLog() },
  play: async ({ canvasElement }) => {
    await type(canvasElement, '#search', 'helicopter');
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('.empty')?.textContent).toContain('No decisions match');
  },
};

export const DueForReview: Story = {
  args: { data: sampleLog() },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#filter-due');
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('.found')?.textContent).toContain('Due for review');
  },
};

export const Timeline: Story = {
  args: { data: sampleLog() },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#view-timeline');
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('.found .month')?.textContent).toContain('2026');
  },
};

export const ADecisionInFull: Story = {
  args: { data: sampleLog() },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await click(canvasElement, '#open-cafe');
    const { root } = logIn(canvasElement);
    await expect(root.querySelectorAll('.history li').length).toBe(4);
  },
};

export const NotPossibleNeedsAReason: Story = {
  args: { data: sampleLog() },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await click(canvasElement, '#open-pay');
    await click(canvasElement, '#u-status-not-possible');
    await click(canvasElement, '.update:has(#u-note) button[type="submit"]');
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('#u-note-error')?.textContent).toContain('Say why it is not possible');
  },
};

export const RecordingADecision: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#record');
    await click(canvasElement, '#f-method-vote');
    const { root } = logIn(canvasElement);
    await expect(getComputedStyle(root.querySelector('.if-vote')!).display).toBe('block');
  },
};

/** A refused save: the error summary takes focus and links to each field; the messages stay at the fields. */
export const RecordingWithProblems: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#record');
    await click(canvasElement, '.decision-form button[type="submit"]');
    const { root } = logIn(canvasElement);
    await expect(root.activeElement?.id).toBe('error-summary');
    await expect(root.querySelectorAll('#error-summary a').length).toBe(3);
    await expect(root.querySelectorAll('.field-error').length).toBeGreaterThanOrEqual(3);
  },
};

/** An update refused: its own summary, at the top of its form. */
export const AnUpdateRefused: Story = {
  args: { data: sampleLog() },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await click(canvasElement, '#open-quiet');
    await click(canvasElement, '#u-status-not-possible');
    await click(canvasElement, '.update:has(#u-note) button[type="submit"]');
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('.update:has(#u-note) #error-summary')?.textContent).toContain(
      'Say why it is not possible',
    );
  },
};

export const CorrectingTheDetails: Story = {
  args: { data: sampleLog() },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await click(canvasElement, '#open-quiet');
    await click(canvasElement, '#correct');
    const { root } = logIn(canvasElement);
    await expect(root.querySelector<HTMLInputElement>('#f-title')?.value).toBe('A quiet room at every event');
  },
};

/** The whole log to read: every decision and its history, no Record button, no forms; downloads and print stay. */
export const ReadOnly: Story = {
  args: { data: sampleLog(), readonly: true },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await click(canvasElement, '#open-cafe');
    const { root } = logIn(canvasElement);
    await expect(root.querySelectorAll('.history li').length).toBe(4);
    await expect(root.querySelectorAll('#record, #correct, form, textarea, input[type="file"]').length).toBe(0);
    await expect(root.querySelectorAll('.tools button').length).toBe(4);
  },
};

/** Search and filters folded away behind "Search and filter", with how many show next to it. */
export const PublicBoard: Story = {
  args: { data: sampleLog(), public: true },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const { root } = logIn(canvasElement);
    // "Who chairs the group" is not marked for the board, and names stay off it.
    await expect(root.textContent).not.toContain('Who chairs the group');
    await expect(root.textContent).not.toContain('Bryn');
    await expect(root.querySelector<HTMLDetailsElement>('.finder details')?.open).toBe(false);
  },
};

export const PublicBoardSearchAndFilterOpen: Story = {
  args: { data: sampleLog(), public: true },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await click(canvasElement, '.finder summary');
    await type(canvasElement, '#search', 'quiet');
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('#showing')?.textContent).toContain('1 decision matches');
  },
};

/** A date that is not a real one, named at its field; what was typed stays. */
export const PublicBoardImpossibleDate: Story = {
  args: { data: sampleLog(), public: true, width: '320px' },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await click(canvasElement, '.finder summary');
    const { element, root } = logIn(canvasElement);
    for (const [part, value] of [
      ['day', '31'],
      ['month', '2'],
      ['year', '2026'],
    ]) {
      root.querySelector<HTMLInputElement>(`#filter-from-${part}`)!.value = value!;
    }
    root
      .querySelector('#filter-from-year')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await element.updateComplete;
    await expect(root.querySelector('#filter-from-day-error')?.textContent).toContain('real day, month and year');
  },
};

export const PublicBoardWithNames: Story = {
  args: {
    public: true,
    showNames: true,
    data: {
      decisions: sampleLog().decisions.map((decision) => ({
        ...decision,
        board: { shown: true, fields: [...decision.board.fields, 'people' as const] },
      })),
    },
  },
};

export const PublicBoardEmpty: Story = { args: { public: true } };

export const PublicBoardFromSrc: Story = {
  args: { public: true, src: '/decisions-public.json' },
  beforeEach: serving('/decisions-public.json', published(sampleLog())),
};

export const SourceIsNotALog: Story = {
  args: { public: true, src: '/not-a-log.json' },
  beforeEach: serving('/not-a-log.json', published({ decisions: 'none' })),
  play: async ({ canvasElement }) => {
    const { root } = logIn(canvasElement);
    for (let i = 0; i < 50 && !root.querySelector('.problem'); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(root.querySelector('#problems')?.textContent).toContain('aren’t in the right form');
  },
};

/** As long as a list gets with every row in the page, where screen readers and Find in page reach them all. */
export const EveryRowInThePage: Story = {
  args: { data: longLog(VIRTUALISE_ABOVE.rows) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const { root } = logIn(canvasElement);
    await expect(root.querySelectorAll('.found [role="listitem"]').length).toBe(VIRTUALISE_ABOVE.rows);
  },
};

/** One more, and the list draws only the rows near the screen, each saying its place. */
export const JustAboveTheThreshold: Story = {
  args: { data: longLog(VIRTUALISE_ABOVE.rows + 1) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const { root } = logIn(canvasElement);
    await expect(root.querySelectorAll('.found [role="listitem"]').length).toBeLessThan(VIRTUALISE_ABOVE.rows);
    await expect(root.querySelector('.found [role="listitem"]')?.getAttribute('aria-setsize')).toBe(
      String(VIRTUALISE_ABOVE.rows + 1),
    );
  },
};

export const TenThousandDecisions: Story = {
  args: { data: longLog(10000) },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('#showing')?.textContent).toContain('out of 10000');
  },
};

export const Welsh: Story = { args: { data: sampleLog(), locale: 'cy' } };

export const Narrow: Story = { args: { data: sampleLog(), width: '320px' } };

/** Easy Read: each status said as what we are doing, with its picture, and what was decided in each row. */
export const EasyRead: Story = {
  args: { easyRead: true, data: sampleLog() },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('.counts')?.textContent).toContain('We are doing it');
    await expect(root.querySelectorAll('.found .what').length).toBeGreaterThan(0);
  },
};

export const EasyReadADecision: Story = {
  args: { easyRead: true, data: sampleLog() },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await click(canvasElement, '#open-cafe');
    const { root } = logIn(canvasElement);
    await expect(root.querySelectorAll('#u-status svg.picture').length).toBeGreaterThan(3);
  },
};

export const EasyReadPublicBoard: Story = { args: { easyRead: true, data: sampleLog(), public: true } };

export const EasyReadWelsh: Story = {
  args: { easyRead: true, locale: 'cy', data: sampleLog() },
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    const { root } = logIn(canvasElement);
    await expect(root.querySelector('#title')?.textContent).toContain('Beth wnaethon ni ei benderfynu');
  },
};
