import { ContextProvider } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import * as Y from 'yjs';
import { projectContext } from '../packages/core/src/context.js';
import { type LiveSession, MemoryStorageAdapter } from '../packages/core/src/index.js';
import { seedShared } from '../packages/core/src/sync/shared-doc.js';
import type { IcebreakerPicker } from '../packages/icebreaker-picker/src/index.js';
import { serving } from './serving.js';

interface Args {
  easyRead?: boolean;
  minutes: string;
  groupSize: string;
  setting: string;
  budgetPercent: string;
  camerasOff: boolean;
  someNotSpeaking: boolean;
  materials: boolean;
  allowPersonal: boolean;
  hideBuiltIn: boolean;
  hideCountdown: boolean;
  seed: string;
  pick: string;
  src: string;
  locale: string;
  icebreakers?: unknown;
  width?: string;
}

const pickerIn = (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector('icebreaker-picker') as IcebreakerPicker;
  return { element, root: element.shadowRoot! };
};

const click = async (canvasElement: HTMLElement, selector: string) => {
  const { element, root } = pickerIn(canvasElement);
  await element.updateComplete;
  root.querySelector<HTMLElement>(selector)!.click();
  await element.updateComplete;
};

/** A host's own icebreaker, written in English only: on a Welsh page it shows in English, marked as such. */
const gardenWalk = {
  id: 'garden-walk',
  title: { en: 'A walk round the garden', cy: 'Tro o amgylch yr ardd' },
  steps: { en: ['Walk round the garden in pairs.', 'Back inside, say one thing you noticed.'] },
  minutesPerPerson: 0.5,
  settings: ['in-person'],
  depth: 'light',
  needs: { speaking: true, camera: false, materials: false },
  variants: { nonVerbal: { en: 'Point at what you noticed, or draw it.' } },
};

const meta: Meta<Args> = {
  title: 'Elements/icebreaker-picker',
  component: 'icebreaker-picker',
  args: {
    easyRead: false,
    minutes: '60',
    groupSize: '8',
    setting: 'in-person',
    budgetPercent: '10',
    camerasOff: false,
    someNotSpeaking: false,
    materials: false,
    allowPersonal: false,
    hideBuiltIn: false,
    hideCountdown: false,
    seed: 'storybook',
    pick: '',
    src: '',
    locale: '',
  },
  argTypes: {
    easyRead: { name: 'easy-read', control: 'boolean' },
    minutes: { control: 'text' },
    groupSize: { name: 'group-size', control: 'text' },
    setting: { control: 'inline-radio', options: ['in-person', 'online', 'hybrid'] },
    budgetPercent: { name: 'budget-percent', control: 'text' },
    camerasOff: { name: 'cameras-off', control: 'boolean' },
    someNotSpeaking: { name: 'some-not-speaking', control: 'boolean' },
    materials: { control: 'boolean' },
    allowPersonal: { name: 'allow-personal', control: 'boolean' },
    hideBuiltIn: { name: 'hide-built-in', control: 'boolean' },
    hideCountdown: { name: 'hide-countdown', control: 'boolean' },
    seed: { control: 'text' },
    pick: { control: 'text' },
    src: { control: 'text' },
    locale: { control: 'inline-radio', options: ['', 'en', 'cy'] },
    icebreakers: { control: false },
    width: { control: false, table: { disable: true } },
  },
  render: (args, { globals }) => html`
    <div style="max-width: ${args.width ?? 'none'}">
      <icebreaker-picker
        minutes=${args.minutes}
        group-size=${args.groupSize}
        setting=${args.setting}
        budget-percent=${args.budgetPercent}
        ?cameras-off=${args.camerasOff}
        ?some-not-speaking=${args.someNotSpeaking}
        ?materials=${args.materials}
        ?allow-personal=${args.allowPersonal}
        ?hide-built-in=${args.hideBuiltIn}
        ?hide-countdown=${args.hideCountdown}
        seed=${ifDefined(args.seed || undefined)}
        pick=${ifDefined(args.pick || undefined)}
        src=${ifDefined(args.src || undefined)}
        locale=${ifDefined(args.locale || undefined)}
        ?easy-read=${args.easyRead}
        theme=${globals.theme === 'dark' ? 'dark' : 'light'}
        .icebreakers=${args.icebreakers}
      ></icebreaker-picker>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Suggests a short, light icebreaker that fits the meeting: its length, the size of the group, where it happens, cameras off, people who would rather not speak, and what is to hand. The whole icebreaker stays within a share of the meeting (10% unless changed), with equal time for each person, and every suggestion starts by saying anyone can pass. `seed` reproduces a pick on another screen; `pick` shows one by id.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const ASuggestion: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = pickerIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('.say-first')?.textContent).toContain('pass');
  },
};

export const OnlineWithCamerasOff: Story = {
  args: { setting: 'online', camerasOff: true, allowPersonal: true, pick: 'thumbs' },
};

export const SomeWouldRatherNotSpeak: Story = { args: { someNotSpeaking: true, materials: true, minutes: '90' } };

export const ChosenById: Story = { args: { pick: 'pick-a-picture', materials: true } };

export const PersonalAllowed: Story = { args: { allowPersonal: true, minutes: '120', pick: 'name-story' } };

export const AnotherSuggestion: Story = {
  play: async ({ canvasElement }) => {
    const { element } = pickerIn(canvasElement);
    await element.updateComplete;
    const before = element.picked!.id;
    await click(canvasElement, '#another');
    await expect(element.picked!.id).not.toBe(before);
  },
};

export const EverythingThatFits: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = pickerIn(canvasElement);
    await element.updateComplete;
    root.querySelector<HTMLDetailsElement>('details.browse')!.open = true;
    await expect(root.querySelectorAll('[data-choose]').length).toBeGreaterThan(5);
  },
};

export const NothingFitsTheTime: Story = {
  args: { minutes: '30', groupSize: '40', budgetPercent: '5' },
  play: async ({ canvasElement }) => {
    const { element, root } = pickerIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('#allow')?.textContent).toContain('Allow 34 percent');
  },
};

export const NothingSuitsTheChoices: Story = {
  args: {
    hideBuiltIn: true,
    someNotSpeaking: true,
    icebreakers: [{ ...gardenWalk, id: 'talking-only', variants: {} }],
  },
};

export const TurnsRunning: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#turns-start');
    const { root } = pickerIn(canvasElement);
    await expect(root.querySelector('.whose')?.textContent).toBe('Person 1 of 8');
  },
};

export const TurnsPaused: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#turns-start');
    await click(canvasElement, '#turns-pause');
    const { root } = pickerIn(canvasElement);
    await expect(root.querySelector('.turns .state')?.textContent).toBe('Paused.');
  },
};

/** The shortest turn an icebreaker may have (6 seconds each), so time runs out while the story plays. */
const quickTurns: Partial<Args> = {
  icebreakers: [{ ...gardenWalk, id: 'quick-turns', minutesPerPerson: 0.1 }],
  pick: 'quick-turns',
};

/** Starts the turns and waits (up to 10 seconds) for the first one's time to run out. */
const untilTimeIsUp = async (canvasElement: HTMLElement) => {
  await click(canvasElement, '#turns-start');
  const { root } = pickerIn(canvasElement);
  for (let i = 0; i < 100 && !root.querySelector('.turns .state')?.textContent?.includes('Time’s up'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

export const TimeIsUp: Story = {
  args: quickTurns,
  play: async ({ canvasElement }) => {
    await untilTimeIsUp(canvasElement);
    const { root } = pickerIn(canvasElement);
    await expect(root.querySelector('.turns .state')?.textContent).toContain('Time’s up');
  },
};

export const MoreTimeAfterTimeIsUp: Story = {
  args: quickTurns,
  play: async ({ canvasElement }) => {
    await untilTimeIsUp(canvasElement);
    const { root } = pickerIn(canvasElement);
    await click(canvasElement, '#turns-more');
    await expect(root.querySelector('.countdown .digits')?.textContent).toBe('0:30');
  },
};

export const TurnsWithoutTheCountdown: Story = {
  args: { hideCountdown: true },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#turns-start');
    const { root } = pickerIn(canvasElement);
    await expect(root.querySelector('.countdown')).toBe(null);
    await expect(root.querySelector('.whose')?.textContent).toBe('Person 1 of 8');
  },
};

export const EveryoneHasHadATurn: Story = {
  args: { groupSize: '2' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#turns-start');
    await click(canvasElement, '#turns-next');
    await click(canvasElement, '#turns-next');
    const { root } = pickerIn(canvasElement);
    await expect(root.querySelector('.turns .state')?.textContent).toBe('Everyone has had a turn.');
  },
};

export const TheHostsOwn: Story = { args: { icebreakers: [gardenWalk], pick: 'garden-walk' } };

export const TheHostsOwnOnAWelshPage: Story = {
  args: { icebreakers: [gardenWalk], pick: 'garden-walk', locale: 'cy' },
};

export const AttributesItCannotUse: Story = {
  args: { minutes: 'an hour', setting: 'outdoors', pick: 'no-such-icebreaker' },
  play: async ({ canvasElement }) => {
    const { element, root } = pickerIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelectorAll('#problems li').length).toBe(3);
  },
};

export const SourceIsNotAList: Story = {
  args: { src: '/not-icebreakers.json' },
  beforeEach: serving('/not-icebreakers.json', JSON.stringify({ title: 'not icebreakers' })),
  play: async ({ canvasElement }) => {
    const { root } = pickerIn(canvasElement);
    for (let i = 0; i < 50 && !root.querySelector('.problem'); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(root.querySelector('#problems')?.textContent).toContain('aren’t in the right form');
  },
};

export const Welsh: Story = { args: { locale: 'cy', setting: 'hybrid' } };

export const Narrow: Story = { args: { width: '320px', setting: 'online' } };

/** Easy Read: "icebreaker" explained, the steps one idea at a time, and "pass" said first with its picture. */
export const EasyRead: Story = {
  args: { easyRead: true, setting: 'hybrid', pick: 'desert-island' },
  play: async ({ canvasElement }) => {
    const { element, root } = pickerIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('.icebreaker ol')?.textContent).toContain(
      'Useful things and silly things are both fine.',
    );
  },
};

export const EasyReadWelsh: Story = {
  args: { easyRead: true, locale: 'cy', setting: 'online', pick: 'emoji-check-in' },
};

export const EasyReadNarrow: Story = { args: { easyRead: true, width: '320px', setting: 'online' } };

/**
 * A participant's phone in a live session, with a stand-in session that
 * reaches no server: the facilitator's turns (person 3 of 8, just started)
 * are in a document on this page. No controls: the facilitator runs the turns.
 */
function participantView(turns: object | null, icebreaker: string | null, locale = '') {
  const box = document.createElement('div');
  const doc = new Y.Doc();
  seedShared(doc, 'coproduce/icebreaker-turns', 1, {
    turns: turns && { ...turns, since: Date.now() },
    finished: false,
    icebreaker,
  } as never);
  const session: LiveSession = {
    role: 'participant',
    name: 'Ana',
    status: { state: 'connected', people: 9 },
    join: async () => ({
      doc,
      synced: Promise.resolve(),
      mayFill: false,
      origin: {},
      lost: new Promise<string>(() => undefined),
      leave: () => undefined,
    }),
    watch: () => () => undefined,
    now: () => Date.now(),
  };
  new ContextProvider(box, {
    context: projectContext,
    initialValue: { project: 'story', locale: null, storage: new MemoryStorageAdapter(), session },
  });
  box.innerHTML = `<icebreaker-picker minutes="60" group-size="8"${locale ? ` locale="${locale}"` : ''}></icebreaker-picker>`;
  return box;
}

const thirdOfEight = { groupSize: 8, secondsEach: 30, index: 2, leftMs: 30_000 };

export const AParticipantInALiveSession: Story = {
  render: () => participantView(thirdOfEight, 'looking-forward'),
  play: async ({ canvasElement }) => {
    const { element, root } = pickerIn(canvasElement);
    for (let i = 0; i < 50 && !root.querySelector('.whose'); i++) await new Promise((r) => setTimeout(r, 50));
    await element.updateComplete;
    await expect(root.querySelector('.whose')?.textContent).toBe('Person 3 of 8');
    await expect(root.querySelector('#turns-next')).toBe(null);
  },
};

export const AParticipantInALiveSessionInWelsh: Story = {
  render: () => participantView(thirdOfEight, 'looking-forward', 'cy'),
};

export const AParticipantBeforeTheFacilitatorPicks: Story = {
  render: () => participantView(null, null),
};
