import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { MemoryStorageAdapter } from '../packages/core/src/index.js';
import type { MarkScorer, MarkScorerDocument } from '../packages/mark-scorer/src/index.js';
import { publicView } from '../packages/mark-scorer/src/model.js';
import { fakeSession } from '../tests/support/fake-session.js';
import {
  lakeOfIdeas,
  ownAndHiddenMarks,
  peopleOfTheirOwn,
  privateScores,
  sessionInProgress,
  sessionWithRounds,
} from './fixtures.js';

interface Args {
  easyRead?: boolean;
  stage: string;
  mode: string;
  participants: string;
  storageKey: string;
  locale: string;
  headingLevel: string;
  readonly?: boolean;
  data?: MarkScorerDocument;
  width?: string;
}

/** The element inside the story, and its shadow root, for play functions. */
const scorerIn = (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector('mark-scorer') as MarkScorer;
  return { element, root: element.shadowRoot! };
};

const openMark = async (canvasElement: HTMLElement, markId: string) => {
  const { element, root } = scorerIn(canvasElement);
  await element.updateComplete;
  // A closed card renders only its summary; its body appears once the
  // details element has fired "toggle" and Lit has rendered.
  const card = root.querySelector<HTMLDetailsElement>(`#m-${markId}-card`)!;
  const toggled = new Promise((resolve) => card.addEventListener('toggle', resolve, { once: true }));
  root.querySelector<HTMLElement>(`#m-${markId}-summary`)!.click();
  await toggled;
  await element.updateComplete;
};

const meta: Meta<Args> = {
  title: 'Elements/mark-scorer',
  component: 'mark-scorer',
  args: {
    easyRead: false,
    readonly: false,
    stage: 'process',
    mode: 'group',
    participants: '',
    storageKey: '',
    locale: '',
    headingLevel: '',
  },
  argTypes: {
    easyRead: { name: 'easy-read', control: 'boolean' },
    readonly: { control: 'boolean' },
    stage: { control: 'select', options: ['planning', 'process', 'completing', 'review'] },
    mode: { control: 'inline-radio', options: ['group', 'individual'] },
    participants: { control: 'text' },
    storageKey: { name: 'storage-key', control: 'text' },
    locale: { control: 'inline-radio', options: ['', 'en', 'cy'] },
    headingLevel: { name: 'heading-level', control: 'inline-radio', options: ['', '1', '2', '3', '4', '5', '6'] },
    data: { control: false },
    width: { control: false, table: { disable: true } },
  },
  render: (args, { globals }) => html`
    <div style="max-width: ${args.width ?? 'none'}">
      <mark-scorer
        stage=${args.stage}
        mode=${args.mode}
        participants=${args.participants}
        storage-key=${ifDefined(args.storageKey || undefined)}
        locale=${ifDefined(args.locale || undefined)}
        ?easy-read=${args.easyRead}
        ?readonly=${args.readonly}
        heading-level=${ifDefined(args.headingLevel || undefined)}
        theme=${globals.theme === 'dark' ? 'dark' : 'light'}
        .data=${args.data}
      ></mark-scorer>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Score a project against the marks of co-production, stage by stage. Each mark has notes, ladders (what helps), snakes (what could set us back) and a score from 1 to 10 that anyone can pass on.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const NewSession: Story = {};

export const PlanningStage: Story = { args: { stage: 'planning' } };
export const CompletingStage: Story = { args: { stage: 'completing' } };
export const ReviewStage: Story = { args: { stage: 'review' } };

export const SessionInProgress: Story = {
  args: { data: sessionInProgress() },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { root } = scorerIn(canvasElement);
    await expect(root.querySelector('#m-listening-card .ladders li')?.textContent).toContain('listening circle');
    await expect(root.querySelector<HTMLInputElement>('input[name="m-listening-agreed"][value="6"]')?.checked).toBe(
      true,
    );
  },
};

/** For a noticeboard or a report: everything to read, download and print, nothing to change. */
export const ReadOnly: Story = {
  args: { readonly: true, data: sessionInProgress() },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { root } = scorerIn(canvasElement);
    await expect(root.querySelector('#m-listening-card .ladders li')?.textContent).toContain('listening circle');
    await expect(root.querySelectorAll('input, textarea, select').length).toBe(0);
  },
};

export const PassedMark: Story = {
  args: { data: sessionInProgress() },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'power');
    const { root } = scorerIn(canvasElement);
    await expect(root.querySelector('#m-power-summary')?.textContent).toContain('Passed');
  },
};

export const PrivateScoresBeforeReveal: Story = {
  args: { mode: 'individual', participants: 'Ana, Ben, Cy, Dee, Eve', data: privateScores(false) },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { root } = scorerIn(canvasElement);
    // Nobody's score is on the page before Reveal.
    await expect(root.querySelectorAll('#m-listening-card input[type=radio]').length).toBe(0);
  },
};

export const PersonEnteringTheirScore: Story = {
  args: { mode: 'individual', participants: 'Ana, Ben, Cy, Dee, Eve', data: privateScores(false) },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { element, root } = scorerIn(canvasElement);
    root.querySelector<HTMLButtonElement>('#m-listening-person-4')!.click();
    await element.updateComplete;
    await expect(root.querySelector('#m-listening-card legend')?.textContent).toContain('Eve');
  },
};

export const ChangingAPrivateScore: Story = {
  args: { mode: 'individual', participants: 'Ana, Ben, Cy, Dee, Eve', data: privateScores(false) },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { element, root } = scorerIn(canvasElement);
    // Ana has scored: "Change Ana's score" shows nothing chosen, and says why.
    root.querySelector<HTMLButtonElement>('#m-listening-person-0')!.click();
    await element.updateComplete;
    await expect(root.querySelectorAll('#m-listening-card input:checked').length).toBe(0);
    await expect(root.querySelector('#m-listening-private-0-hint-1')?.textContent).toContain('stays hidden');
  },
};

export const ThePeopleScoring: Story = {
  args: { mode: 'individual', participants: 'Ana, Ben, Cy, Dee', data: peopleOfTheirOwn() },
  play: async ({ canvasElement }) => {
    const { root } = scorerIn(canvasElement);
    // Eve was added by the group; Dee is not here today and is not asked to score.
    await expect([...root.querySelectorAll('.people-section .person-name')].map((name) => name.textContent)).toEqual([
      'Ana',
      'Ben',
      'Cy',
      'Dee',
      'Eve',
    ]);
    await expect(root.querySelector<HTMLInputElement>('#person-3-absent')?.checked).toBe(true);
    await openMark(canvasElement, 'listening');
    await expect(root.querySelector('#m-listening-summary .mark-status')?.textContent).toBe('Answered: 1 of 4');
  },
};

export const MoreAboutThisMark: Story = {
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'power');
    const { element, root } = scorerIn(canvasElement);
    const more = root.querySelector<HTMLDetailsElement>('#m-power-more')!;
    const toggled = new Promise((resolve) => more.addEventListener('toggle', resolve, { once: true }));
    more.querySelector('summary')!.click();
    await toggled;
    // Its words are fetched when it first opens; updateComplete waits for them.
    await element.updateComplete;
    await expect(root.querySelector('#m-power-more p')?.textContent).toContain('who holds the budget');
  },
};

export const PlanningMarks: Story = { args: { stage: 'planning', data: undefined } };

export const SpreadRevealed: Story = {
  args: { mode: 'individual', participants: 'Ana, Ben, Cy, Dee, Eve', data: privateScores(true) },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { root } = scorerIn(canvasElement);
    await expect(root.querySelector('#m-listening-spread .spread-text')?.textContent).toContain('Lowest 3');
  },
};

export const NoNamesForPrivateScores: Story = {
  args: { mode: 'individual' },
  play: async ({ canvasElement }) => openMark(canvasElement, 'listening'),
};

export const RoundsAndLookingBack: Story = {
  args: { data: sessionWithRounds() },
  play: async ({ canvasElement }) => {
    const { element, root } = scorerIn(canvasElement);
    // The look back is fetched the first time a session has rounds; updateComplete waits for it.
    await element.updateComplete;
    await expect(root.querySelector('.reflection ul.moved')?.textContent).toContain('Listening');
  },
};

export const LakeOfIdeas: Story = { args: { data: lakeOfIdeas() } };

export const OwnAndHiddenMarks: Story = { args: { data: ownAndHiddenMarks() } };

export const FieldError: Story = {
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { element, root } = scorerIn(canvasElement);
    root.querySelector<HTMLFormElement>('#m-listening-ladders-new')!.form!.requestSubmit();
    await element.updateComplete;
    await expect(root.querySelector('#m-listening-ladders-new-error')?.textContent).toContain(
      'Enter what you want to add',
    );
    await expect(root.querySelector('#m-listening-ladders-add-errors')?.textContent).toContain('There is a problem');
  },
};

export const UnderAPageHeadingOfLevel3: Story = {
  args: { headingLevel: '3' },
  play: async ({ canvasElement }) => {
    const { root } = scorerIn(canvasElement);
    await expect(root.querySelector('#title')?.localName).toBe('h3');
  },
};

export const UndoAfterRemovingAMark: Story = {
  args: { data: ownAndHiddenMarks() },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'food');
    const { element, root } = scorerIn(canvasElement);
    [...root.querySelectorAll<HTMLButtonElement>('#m-food-card .mark-actions button')].at(-1)!.click();
    await element.updateComplete;
    await expect(root.querySelector('.notice')?.textContent).toContain('Sharing food');
  },
};

export const ProblemUnknownStage: Story = { args: { stage: 'lunch' } };

export const ProblemInvalidData: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = scorerIn(canvasElement);
    element.data = { marks: 'not a list' } as unknown as MarkScorerDocument;
    await element.updateComplete;
    await expect(root.querySelector('#problems')?.textContent).toContain('kept what was already here');
  },
};

export const ProblemDamagedSavedSession: Story = {
  args: { storageKey: 'story-damaged' },
  loaders: [
    async () => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('coproduce:story-damaged')) localStorage.removeItem(key);
      localStorage.setItem(
        'coproduce:story-damaged',
        '{"format":"coproduce/mark-scorer","version":1,"data":{"marks":[',
      );
      return {};
    },
  ],
};

class FullStorage extends MemoryStorageAdapter {
  override setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

export const ProblemBrowserStorageFull: Story = {
  render: (_args, { globals }) => html`
    <coproduction-project project="story" .storage=${new FullStorage()}>
      <mark-scorer storage-key="full" theme=${globals.theme === 'dark' ? 'dark' : 'light'}></mark-scorer>
    </coproduction-project>
  `,
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { element, root } = scorerIn(canvasElement);
    root.querySelector<HTMLInputElement>('input[name="m-listening-agreed"][value="5"]')!.click();
    await element.updateComplete;
    await expect(root.querySelector('#problems')?.textContent).toContain('run out of space');
  },
};

export const Welsh: Story = { args: { locale: 'cy', data: sessionWithRounds() } };

export const WelshPrivateScores: Story = {
  args: { locale: 'cy', mode: 'individual', participants: 'Alaw, Bethan, Cai, Dewi', data: privateScores(true) },
  play: async ({ canvasElement }) => openMark(canvasElement, 'listening'),
};

export const NarrowScreen320: Story = {
  args: { width: '320px', data: sessionInProgress() },
  play: async ({ canvasElement }) => openMark(canvasElement, 'listening'),
};

export const PrintView: Story = {
  args: { data: sessionWithRounds() },
  play: async ({ canvasElement }) => {
    // What printing does: every mark opens, so the whole session is on paper.
    window.dispatchEvent(new Event('beforeprint'));
    const { element, root } = scorerIn(canvasElement);
    await element.updateComplete;
    await expect([...root.querySelectorAll('details.mark')].every((card) => (card as HTMLDetailsElement).open)).toBe(
      true,
    );
  },
};

export const ThemedByTheHost: Story = {
  render: (args) => html`
    <div style="--coproduce-color-accent: #005ea5; --coproduce-color-surface: #eef5fb; --coproduce-font-family: Georgia, serif; --coproduce-radius: 0">
      <mark-scorer .data=${args.data}></mark-scorer>
    </div>
  `,
  args: { data: sessionInProgress() },
  play: async ({ canvasElement }) => openMark(canvasElement, 'listening'),
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { data: sessionWithRounds() },
  play: async ({ canvasElement }) => openMark(canvasElement, 'listening'),
};

export const DarkThemePrivateScores: Story = {
  globals: { theme: 'dark' },
  args: { mode: 'individual', participants: 'Ana, Ben, Cy, Dee, Eve', data: privateScores(true) },
  play: async ({ canvasElement }) => openMark(canvasElement, 'listening'),
};

export const WelshPageLanguage: Story = {
  globals: { locale: 'cy' },
  args: { data: lakeOfIdeas() },
  play: async ({ canvasElement }) => {
    const { element, root } = scorerIn(canvasElement);
    // The Welsh words load before the first render: updateComplete is when it shows them.
    await element.updateComplete;
    await expect(root.querySelector('h2')?.textContent).toContain('Nodweddion cydgynhyrchu');
  },
};

/** Easy Read: ladders, snakes and the lake explained beside their pictures, and words and a picture at both ends of the scale. */
export const EasyRead: Story = {
  args: { easyRead: true, data: sessionInProgress() },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { root } = scorerIn(canvasElement);
    await expect(root.querySelector('#m-listening-ladders-hint')?.textContent).toContain('Like a ladder');
    await expect(root.querySelectorAll('#m-listening-card .scale-ends li').length).toBe(2);
  },
};

export const EasyReadWelsh: Story = {
  args: { easyRead: true, locale: 'cy', data: sessionWithRounds() },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { root } = scorerIn(canvasElement);
    await expect(root.querySelector('#m-listening-card .scale-ends')?.textContent).toContain('Mae 10 yn golygu');
  },
};

export const EasyReadSecretScore: Story = {
  args: { easyRead: true, mode: 'individual', participants: 'Ana, Ben, Cy, Dee, Eve', data: privateScores(false) },
  play: async ({ canvasElement }) => {
    await openMark(canvasElement, 'listening');
    const { element, root } = scorerIn(canvasElement);
    root.querySelector<HTMLButtonElement>('#m-listening-person-4')!.click();
    await element.updateComplete;
    await expect(root.querySelector('#m-listening-card legend')?.textContent).toContain('Eve, your secret score');
  },
};

/**
 * A participant in a live session, on their own phone: one mark at a time and
 * only their own choices. `<fake-project>` stands in for
 * `<coproduction-project server room token>`, with a session that never connects.
 */
const onTheirPhone =
  (name: string, locale: 'en' | 'cy'): Story['render'] =>
  (args, { globals }) =>
    html`
    <div style="max-width: 320px">
      <fake-project .session=${fakeSession('participant', name)} locale=${locale}>
        <mark-scorer
          mode=${args.mode}
          participants=${args.participants}
          theme=${globals.theme === 'dark' ? 'dark' : 'light'}
          .data=${args.data}
        ></mark-scorer>
      </fake-project>
    </div>
  `;

/** Before Reveal: Eve gives her own private score; the others’ are on their own phones, so only who answered is here. */
export const ParticipantOnTheirPhone: Story = {
  args: { mode: 'individual', participants: 'Ana, Ben, Cy, Dee, Eve', data: publicView(privateScores(false)) },
  render: onTheirPhone('Eve', 'en'),
  play: async ({ canvasElement }) => {
    const { element, root } = scorerIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('#participant-mark')?.textContent).toContain('Mark 1 of 13');
    await expect(root.querySelectorAll('input[type=radio]:checked').length).toBe(0);
    root.querySelector<HTMLInputElement>('input[name="m-listening-own"][value="6"]')!.click();
    await element.updateComplete;
    await expect(root.querySelector('.participant-answered')?.textContent).toContain('You have given your score');
    // Nothing that is the facilitator's: no Reveal, no group score to set, no people, rounds or files.
    await expect(root.querySelector('.people-section, .rounds, .tools, input[name$="-agreed"]')).toBe(null);
  },
};

/** Yn Gymraeg, after Reveal: the spread, as everyone sees it, and the next mark a press away. */
export const ParticipantOnTheirPhoneWelsh: Story = {
  args: { mode: 'individual', participants: 'Ana, Ben, Cy, Dee', data: privateScores(true) },
  render: onTheirPhone('Dee', 'cy'),
  play: async ({ canvasElement }) => {
    const { element, root } = scorerIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('#participant-mark')?.textContent).toContain('Nodwedd 1 o 13');
    await expect(root.querySelector('.spread')).not.toBe(null);
    root.querySelector<HTMLButtonElement>('#participant-next')!.click();
    await element.updateComplete;
    await expect(root.querySelector('#participant-mark')?.textContent).toContain('Nodwedd 2 o 13');
  },
};
