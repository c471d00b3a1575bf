import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import type { ValuesAgreement, ValuesAgreementDocument } from '../packages/values-agreement/src/index.js';
import { publicView } from '../packages/values-agreement/src/model.js';
import { fakeSession } from '../tests/support/fake-session.js';
import {
  agreed,
  dueForReview,
  inProgress,
  PEOPLE,
  privateAnswers,
  secondVersion,
  standingAsideAndAway,
  suggestions,
} from './agreement-fixtures.js';

interface Args {
  easyRead?: boolean;
  participants: string;
  storageKey: string;
  locale: string;
  readonly: boolean;
  public: boolean;
  data?: ValuesAgreementDocument;
  width?: string;
}

/** The element inside the story, and its shadow root, for play functions. */
const agreementIn = (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector('values-agreement') as ValuesAgreement;
  return { element, root: element.shadowRoot! };
};

/** Opens a card as a person would; its body renders after "toggle". */
const openCard = async (canvasElement: HTMLElement, itemId: string) => {
  const { element, root } = agreementIn(canvasElement);
  await element.updateComplete;
  const card = root.querySelector<HTMLDetailsElement>(`#i-${itemId}-card`)!;
  const toggled = new Promise((resolve) => card.addEventListener('toggle', resolve, { once: true }));
  root.querySelector<HTMLElement>(`#i-${itemId}-summary`)!.click();
  await toggled;
  await element.updateComplete;
};

const click = async (canvasElement: HTMLElement, selector: string) => {
  const { element, root } = agreementIn(canvasElement);
  root.querySelector<HTMLElement>(selector)!.click();
  await element.updateComplete;
};

const meta: Meta<Args> = {
  title: 'Elements/values-agreement',
  component: 'values-agreement',
  args: { easyRead: false, participants: PEOPLE, storageKey: '', locale: '', readonly: false, public: false },
  argTypes: {
    easyRead: { name: 'easy-read', control: 'boolean' },
    participants: { control: 'text' },
    storageKey: { name: 'storage-key', control: 'text' },
    locale: { control: 'inline-radio', options: ['', 'en', 'cy'] },
    readonly: { control: 'boolean' },
    public: { control: 'boolean' },
    data: { control: false },
    width: { control: false, table: { disable: true } },
  },
  render: (args, { globals }) => html`
    <div style="max-width: ${args.width ?? 'none'}">
      <values-agreement
        participants=${args.participants}
        storage-key=${ifDefined(args.storageKey || undefined)}
        locale=${ifDefined(args.locale || undefined)}
        ?easy-read=${args.easyRead}
        ?readonly=${args.readonly}
        ?public=${args.public}
        theme=${globals.theme === 'dark' ? 'dark' : 'light'}
        .data=${args.data}
      ></values-agreement>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'A group agrees its values and how it will work together. Everyone answers each value and ground rule: agree, agree with a concern, not yet (and why), or pass. Something is agreed only when everyone agrees; changing the words of an agreed item starts a new version and asks everyone again. `readonly` shows everything but lets nothing change; `public` shows the agreement alone, for a noticeboard.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = { args: { participants: '' } };

export const SuggestionsAdded: Story = { args: { data: suggestions() } };

export const InProgress: Story = {
  args: { data: inProgress() },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item1');
    await openCard(canvasElement, 'item2');
    const { root } = agreementIn(canvasElement);
    await expect(root.querySelector('#i-item2-summary')?.textContent).toContain('Not yet: 1 person');
    await expect(root.querySelector('#i-item1-card .detail')?.textContent).toContain('more time to feel safe');
  },
};

export const RecordingAnAnswer: Story = {
  args: { data: inProgress() },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item2');
    await click(canvasElement, '#i-item2-person-2');
    await click(canvasElement, 'input[name="i-item2-answer-2"][value="not-yet"]');
    const { root } = agreementIn(canvasElement);
    await expect(root.querySelector('#i-item2-answer-2-note')).not.toBeNull();
  },
};

export const TakingATurn: Story = {
  args: { data: inProgress() },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#turn-3');
    const { root } = agreementIn(canvasElement);
    await expect(root.querySelectorAll('#turn-3-panel fieldset').length).toBe(13);
  },
};

export const StandingAsideAndNotHereToday: Story = {
  args: { data: standingAsideAndAway() },
  play: async ({ canvasElement }) => {
    const { root } = agreementIn(canvasElement);
    // A pass is standing aside: the first value is agreed. Everyone passed the second: not agreed, nobody blamed.
    await expect(root.querySelector('#i-item0-summary .item-state')?.textContent).toBe('Agreed');
    await expect(root.querySelector('#i-item1-summary .item-state')?.textContent).toBe(
      'Everyone here passed, so nobody has agreed yet',
    );
  },
};

export const EveryoneAgreed: Story = {
  args: { data: agreed() },
  play: async ({ canvasElement }) => {
    const { root } = agreementIn(canvasElement);
    await expect(root.querySelector('#status')?.textContent).toContain(
      'Everything is agreed: everyone here today answered, and nobody said “not yet”.',
    );
  },
};

export const PrivateAnswersBeforeShowing: Story = {
  args: { data: privateAnswers(false) },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item0');
    const { root } = agreementIn(canvasElement);
    // How anyone answered is not on the page until the answers are shown together.
    await expect(root.querySelector('#i-item0-card')?.textContent).not.toContain('earned');
  },
};

export const PersonAnsweringPrivately: Story = {
  args: { data: privateAnswers(false) },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item0');
    await click(canvasElement, '#i-item0-person-3');
    const { root } = agreementIn(canvasElement);
    await expect(root.querySelector('#i-item0-card legend')?.textContent).toContain('Dee');
  },
};

export const ChangingAPrivateAnswer: Story = {
  args: { data: privateAnswers(false) },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item0');
    await click(canvasElement, '#i-item0-person-0');
    const { root } = agreementIn(canvasElement);
    // Ana has answered: opening her answer again shows nothing chosen, and says why.
    await expect(root.querySelectorAll('#i-item0-card input:checked').length).toBe(0);
    await expect(root.querySelector('#i-item0-answer-0-hint-2')?.textContent).toContain('stays hidden');
  },
};

export const PrivateAnswersShown: Story = {
  args: { data: privateAnswers(true) },
  play: async ({ canvasElement }) => openCard(canvasElement, 'item0'),
};

export const RewordingAnAgreedItem: Story = {
  args: { data: agreed() },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item7');
    const { element, root } = agreementIn(canvasElement);
    [...root.querySelectorAll<HTMLButtonElement>('#i-item7-card button')]
      .find((button) => button.textContent!.includes('Change the words'))!
      .click();
    await element.updateComplete;
    await expect(root.querySelector('#i-item7-edit-text-hint')?.textContent).toContain('version 2');
  },
};

export const NewVersionWithHistory: Story = {
  args: { data: secondVersion() },
  play: async ({ canvasElement }) => {
    const { element, root } = agreementIn(canvasElement);
    root.querySelector<HTMLDetailsElement>('details.history')!.open = true;
    await element.updateComplete;
    await expect(root.querySelector('details.history')?.textContent).toContain('Version 1');
  },
};

export const DueForReview: Story = { args: { data: dueForReview() } };

/** `public`: the current agreement only, for a noticeboard or a public page. */
export const PublicNoticeboard: Story = { args: { data: secondVersion(), public: true } };

/** `readonly`: everything as usual, answers and history included, but nothing to change; downloads and print still work. */
export const ReadOnly: Story = {
  args: { data: inProgress(), readonly: true },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item2');
    const { root } = agreementIn(canvasElement);
    await expect(root.querySelector('#i-item2-card .detail')?.textContent).toContain('who chairs the meetings');
    await expect(root.querySelectorAll('input, textarea, select, form').length).toBe(0);
    await expect([...root.querySelectorAll('button')].every((button) => button.closest('[part="tools"]'))).toBe(true);
  },
};

export const FieldError: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = agreementIn(canvasElement);
    root.querySelector<HTMLInputElement>('#add-value-text')!.form!.requestSubmit();
    await element.updateComplete;
    await expect(root.querySelector('#add-value-text-error')?.textContent).toContain('Enter what you want to add');
    await expect(root.querySelector('#add-value-form-errors')?.textContent).toContain('There is a problem');
  },
};

export const UndoAfterRemoving: Story = {
  args: { data: inProgress() },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item5');
    const { element, root } = agreementIn(canvasElement);
    [...root.querySelectorAll<HTMLButtonElement>('#i-item5-card button')].at(-1)!.click();
    await element.updateComplete;
    await expect(root.querySelector('.notice')?.textContent).toContain('Removed');
  },
};

export const ProblemInvalidData: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = agreementIn(canvasElement);
    element.data = { items: 'not a list' } as unknown as ValuesAgreementDocument;
    await element.updateComplete;
    await expect(root.querySelector('#problems')?.textContent).toContain('kept what was already here');
  },
};

export const ProblemDamagedSavedAgreement: Story = {
  args: { storageKey: 'story-damaged-agreement' },
  loaders: [
    async () => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('coproduce:story-damaged-agreement')) localStorage.removeItem(key);
      localStorage.setItem(
        'coproduce:story-damaged-agreement',
        '{"format":"coproduce/values-agreement","version":1,"data":{"items":[',
      );
      return {};
    },
  ],
};

export const ProblemNameListedTwice: Story = { args: { participants: 'Ana, Ben, Ana' } };

export const Welsh: Story = {
  args: { locale: 'cy', participants: 'Alaw, Bethan, Cai, Dewi', data: inProgress('cy') },
  play: async ({ canvasElement }) => openCard(canvasElement, 'item1'),
};

export const NarrowScreen320: Story = {
  args: { width: '320px', data: inProgress() },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item1');
    await click(canvasElement, '#i-item1-person-0');
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { data: inProgress() },
  play: async ({ canvasElement }) => openCard(canvasElement, 'item2'),
};

/** Easy Read: the 4 answers explained with their pictures, and a value's meaning where a person answers. */
export const EasyRead: Story = {
  args: { easyRead: true, data: inProgress() },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item1');
    await click(canvasElement, '#i-item1-person-0');
    const { root } = agreementIn(canvasElement);
    await expect(root.querySelectorAll('.answer-key svg.picture').length).toBe(4);
    await expect(root.querySelector('fieldset.answer .meaning')?.textContent).toContain('This means:');
    await expect(root.querySelectorAll('fieldset.answer label.choice svg.picture').length).toBe(4);
  },
};

export const EasyReadWelsh: Story = {
  args: { easyRead: true, locale: 'cy', participants: 'Alaw, Bethan, Cai, Dewi', data: inProgress('cy') },
  play: async ({ canvasElement }) => {
    await openCard(canvasElement, 'item1');
    await click(canvasElement, '#i-item1-person-0');
    const { root } = agreementIn(canvasElement);
    await expect(root.querySelector('fieldset.answer label.choice')?.textContent).toContain('Ie, rydw i’n cytuno');
  },
};

export const EasyReadNarrowScreen320: Story = {
  args: { easyRead: true, width: '320px', data: inProgress() },
};

/**
 * A participant in a live session, on their own phone: one value or ground
 * rule at a time, their own answer and the agreement as it stands.
 * `<fake-project>` stands in for `<coproduction-project server room token>`,
 * with a session that never connects.
 */
const onTheirPhone =
  (name: string, locale: 'en' | 'cy'): Story['render'] =>
  (args, { globals }) =>
    html`
    <div style="max-width: 320px">
      <fake-project .session=${fakeSession('participant', name)} locale=${locale}>
        <values-agreement
          participants=${args.participants}
          theme=${globals.theme === 'dark' ? 'dark' : 'light'}
          .data=${args.data}
        ></values-agreement>
      </fake-project>
    </div>
  `;

/** Answers are private: Dee answers on her phone; the others’ answers stay on theirs, so only who answered is here. */
export const ParticipantOnTheirPhone: Story = {
  args: { data: publicView(privateAnswers(false)) },
  render: onTheirPhone('Dee', 'en'),
  play: async ({ canvasElement }) => {
    const { element, root } = agreementIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('#participant-item')?.textContent).toContain('1 of');
    root.querySelector<HTMLInputElement>('input[name="i-item0-own"][value="concern"]')!.click();
    await element.updateComplete;
    await expect(root.querySelector('#i-item0-own-note')).not.toBe(null);
    // Showing everyone's answers is the facilitator's: no button for it here.
    await expect([...root.querySelectorAll('button')].map((button) => button.textContent?.trim())).toEqual([
      'Previous',
      'Next',
    ]);
  },
};

/** Yn Gymraeg, once everyone's answers are shown: where each one stands, and the agreement as agreed. */
export const ParticipantOnTheirPhoneWelsh: Story = {
  args: { data: inProgress('cy') },
  render: onTheirPhone('Ana', 'cy'),
  play: async ({ canvasElement }) => {
    const { element, root } = agreementIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('#participant-item')?.textContent).toContain('1 o');
    root.querySelector<HTMLButtonElement>('#participant-next')!.click();
    await element.updateComplete;
    await expect(root.querySelector('#participant-item')?.textContent).toContain('2 o');
  },
};
