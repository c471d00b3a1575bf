import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { MemoryStorageAdapter } from '../packages/core/src/index.js';
import type { FeedbackForm } from '../packages/feedback-form/src/index.js';

interface Args {
  easyRead?: boolean;
  name: string;
  action: string;
  src: string;
  youSaidWeDidHref: string;
  storageKey: string;
  noContact: boolean;
  locale: string;
  questions?: unknown;
  width?: string;
}

const formIn = (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector('feedback-form') as FeedbackForm;
  return { element, root: element.shadowRoot! };
};

const click = async (canvasElement: HTMLElement, selector: string) => {
  const { element, root } = formIn(canvasElement);
  await element.updateComplete;
  root.querySelector<HTMLElement>(selector)!.click();
  await element.updateComplete;
};

const type = async (canvasElement: HTMLElement, selector: string, value: string) => {
  const { element, root } = formIn(canvasElement);
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await element.updateComplete;
};

const waitUntil = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

/** Presses Send, and again if asked to check the answers (a form sent within seconds of appearing is), as a person would; then waits, 2 s at most, until the feedback is sent, kept or refused. */
const send = async (canvasElement: HTMLElement) => {
  const { element, root } = formIn(canvasElement);
  const press = async () => {
    await click(canvasElement, 'form button[type="submit"]');
    // The form locks in the update after the press: waiting for it first means the wait below sees the lock.
    await element.updateComplete;
  };
  const tooSoon: string[] = [];
  const heard = (event: CustomEvent<{ code: string }>) => tooSoon.push(event.detail.code);
  element.addEventListener('feedback-form-error', heard);
  await press();
  // Sent within seconds of appearing, the form asks (in any language or Easy Read) to check the answers and press again.
  await new Promise((resolve) => setTimeout(resolve));
  element.removeEventListener('feedback-form-error', heard);
  if (tooSoon.includes('sent-too-soon')) await press();
  await waitUntil(() => !root.querySelector('form button[type="submit"][disabled]'));
  await element.updateComplete;
};

/**
 * Two websites of the stories' own, on this page only: one that cannot be
 * reached and one that never answers. Every other address is the real one.
 */
const UNREACHABLE = '/stories/feedback-unreachable';
const SILENT = '/stories/feedback-silent';
const realFetch = window.fetch;
window.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.endsWith(UNREACHABLE)) return Promise.reject(new TypeError('The website cannot be reached'));
  if (url.endsWith(SILENT)) return new Promise<Response>(() => {});
  return realFetch(input, init);
};

/** Feedback waiting in the outbox, as a page closed in the middle of sending it leaves it. */
function closedMidSend(action: string): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter();
  const id = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const answers = { how: 4 };
  const createdAt = new Date().toISOString();
  const submission = {
    id,
    form: null,
    locale: 'en',
    createdAt,
    answers,
    contact: null,
    checks: { hiddenFieldFilled: false, secondsToComplete: 30 },
  };
  storage.setItem(
    'coproduce:feedback-draft:storybook-feedback',
    JSON.stringify({ answers, wantsReply: false, name: '', reply: '', consent: false, sendingId: id }),
  );
  storage.setItem(
    'coproduce:feedback-outbox',
    JSON.stringify([{ id, action, submission, attempts: 0, nextAttemptAt: 0, queuedAt: createdAt }]),
  );
  return storage;
}

const eventQuestions = [
  {
    id: 'event',
    type: 'choice',
    label: { en: 'Which event did you come to?', cy: 'I ba ddigwyddiad daethoch chi?' },
    options: [
      { value: 'cafe', label: { en: 'Community café', cy: 'Caffi cymunedol' } },
      { value: 'walk', label: { en: 'Garden walk', cy: 'Tro yn yr ardd' } },
    ],
    required: true,
  },
  {
    id: 'helped',
    type: 'choice',
    label: 'What helped? Tick any',
    options: [
      { value: 'welcome', label: 'A warm welcome' },
      { value: 'access', label: 'Step-free access' },
      { value: 'food', label: 'Food and drink' },
    ],
    multiple: true,
  },
  { id: 'more', type: 'text', label: 'Anything else?', maxLength: 500 },
  { id: 'quote', type: 'consent', label: 'You can quote my words, without my name, in our newsletter' },
];

const renderFeedbackForm = (args: Args, { globals }: StoryContext<Args>) => html`
  <div style="max-width: ${args.width ?? 'none'}">
    <feedback-form
      name=${ifDefined(args.name || undefined)}
      action=${ifDefined(args.action || undefined)}
      src=${ifDefined(args.src || undefined)}
      you-said-we-did-href=${ifDefined(args.youSaidWeDidHref || undefined)}
      storage-key=${args.storageKey}
      ?no-contact=${args.noContact}
      locale=${ifDefined(args.locale || undefined)}
      ?easy-read=${args.easyRead}
      theme=${globals.theme === 'dark' ? 'dark' : 'light'}
      .questions=${args.questions}
    ></feedback-form>
  </div>
`;

/**
 * The form inside a project that keeps everything in `storage`, in memory:
 * what the story sends or keeps goes with it, never into the next story.
 */
const inMemory =
  (storage: () => MemoryStorageAdapter = () => new MemoryStorageAdapter()) =>
  (args: Args, context: StoryContext<Args>) =>
    html`<coproduction-project .storage=${storage()}>${renderFeedbackForm(args, context)}</coproduction-project>`;

const meta: Meta<Args> = {
  title: 'Elements/feedback-form',
  component: 'feedback-form',
  args: {
    easyRead: false,
    name: '',
    action: '',
    src: '',
    youSaidWeDidHref: '',
    storageKey: 'storybook-feedback',
    noContact: false,
    locale: '',
  },
  argTypes: {
    easyRead: { name: 'easy-read', control: 'boolean' },
    name: { control: 'text' },
    action: { control: 'text' },
    src: { control: 'text' },
    youSaidWeDidHref: { name: 'you-said-we-did-href', control: 'text' },
    storageKey: { name: 'storage-key', control: 'text' },
    noContact: { name: 'no-contact', control: 'boolean' },
    locale: { control: 'inline-radio', options: ['', 'en', 'cy'] },
    questions: { control: false },
    width: { control: false, table: { disable: true } },
  },
  render: (args, context) => renderFeedbackForm(args, context),
  // Every story starts empty: a draft kept by one story would show in the next.
  beforeEach: () => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('coproduce:feedback-draft:')) localStorage.removeItem(key);
  },
  parameters: {
    docs: {
      description: {
        component:
          'A feedback form for a public website, anonymous by default: a name and a way to reply are asked for only if the person wants a reply, and sent only with their consent. Unsent answers are kept in the browser. With `action` it POSTs JSON and keeps anything it cannot send in an outbox, to send later: at least once, every copy with the same Idempotency-Key, so the server can keep one. Inside a `<form>` it is a form control.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const TheUsualQuestions: Story = {};

export const AskingForAReply: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#wants-reply');
    const { root } = formIn(canvasElement);
    await expect(root.querySelector('#consent')).not.toBeNull();
  },
};

export const ProblemsToPutRight: Story = {
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#wants-reply');
    await type(canvasElement, '#q-more', 'x'.repeat(1210));
    await send(canvasElement);
    const { root } = formIn(canvasElement);
    await expect(root.querySelectorAll('#feedback-errors li').length).toBe(4);
  },
};

export const Sent: Story = {
  args: { youSaidWeDidHref: '#you-said-we-did' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#q-how-4');
    await send(canvasElement);
    const { root } = formIn(canvasElement);
    await expect(root.querySelector('#done-heading')?.textContent).toBe('Thank you');
  },
};

/** What a person sees when the website cannot be reached: the feedback is kept to send later. */
export const KeptToSendLater: Story = {
  args: { action: UNREACHABLE },
  render: inMemory(),
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#q-how-4');
    await send(canvasElement);
    const { root } = formIn(canvasElement);
    await waitUntil(() => !!root.querySelector('#done-heading'));
    await expect(root.querySelector('#done-heading')?.textContent).toContain('saved');
  },
};

/** Back on a page closed or reloaded in the middle of sending: nothing to press, so nothing is sent twice. */
export const AlreadyBeingSent: Story = {
  args: { action: SILENT },
  render: inMemory(() => closedMidSend(SILENT)),
  play: async ({ canvasElement }) => {
    const { element, root } = formIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('#done-heading')?.textContent).toBe('Your feedback is already being sent');
    await expect(root.querySelector('form')).toBeNull();
  },
};

export const CouldNotBeKept: Story = {
  args: { action: '/feedback' },
  play: async ({ canvasElement }) => {
    // A browser that keeps nothing for this site (a sandboxed frame, blocked site data), and a website that cannot be reached.
    const refuse = () => {
      throw new DOMException('This page may not keep data', 'SecurityError');
    };
    const realPut = IDBObjectStore.prototype.put;
    const realSetItem = Storage.prototype.setItem;
    const realFetch = window.fetch;
    IDBObjectStore.prototype.put = refuse;
    Storage.prototype.setItem = refuse;
    window.fetch = () => Promise.reject(new TypeError('The website cannot be reached'));
    try {
      await click(canvasElement, '#q-how-3');
      await type(canvasElement, '#q-more', 'These words stay here');
      await send(canvasElement);
      const { root } = formIn(canvasElement);
      for (let i = 0; i < 100 && !root.querySelector('.problem'); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await expect(root.querySelector('#problems')?.textContent).toContain(
        'this browser won’t let us keep it to send later',
      );
      await expect(root.querySelector<HTMLTextAreaElement>('#q-more')?.value).toBe('These words stay here');
    } finally {
      IDBObjectStore.prototype.put = realPut;
      Storage.prototype.setItem = realSetItem;
      window.fetch = realFetch;
    }
  },
};

/** Sent to a website that has not answered yet. */
export const Sending: Story = {
  args: { action: SILENT },
  render: inMemory(),
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#q-how-4');
    const { root } = formIn(canvasElement);
    await click(canvasElement, 'form button[type="submit"]');
    await click(canvasElement, 'form button[type="submit"]');
    await waitUntil(() => !!root.querySelector('form button[type="submit"][disabled]'));
    await expect(root.querySelector('form button[type="submit"]')?.textContent?.trim()).toBe('Sending…');
  },
};

export const RefusedByTheWebsite: Story = {
  args: { action: '/feedback' },
  play: async ({ canvasElement }) => {
    // The page's fetch answers 400 here, as a website that refuses the submission would.
    const realFetch = window.fetch;
    window.fetch = async () => new Response('{"error":"not accepted"}', { status: 400 });
    try {
      await click(canvasElement, '#q-how-1');
      await type(canvasElement, '#q-more', 'Please keep these words');
      await send(canvasElement);
      const { root } = formIn(canvasElement);
      for (let i = 0; i < 100 && !root.querySelector('.problem'); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await expect(root.querySelector('#problems')?.textContent).toContain('the website refused it.');
    } finally {
      window.fetch = realFetch;
    }
  },
};

export const SavedAnswersUnreadable: Story = {
  args: { storageKey: 'storybook-damaged' },
  beforeEach: () => {
    localStorage.setItem('coproduce:feedback-draft:storybook-damaged', '{"answers": "damaged"');
  },
  play: async ({ canvasElement }) => {
    const { element, root } = formIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('#problems')?.textContent).toContain('The old copy is kept in this browser');
  },
};

export const TheHostsQuestions: Story = { args: { questions: eventQuestions, noContact: true } };

export const TheHostsQuestionsInWelsh: Story = { args: { questions: eventQuestions, locale: 'cy' } };

export const QuestionsNotInTheRightForm: Story = {
  args: { questions: [{ id: 'x', type: 'stars' }] },
  play: async ({ canvasElement }) => {
    const { element, root } = formIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelector('#problems')?.textContent).toContain('the usual questions are shown');
  },
};

export const InsideAHostForm: Story = {
  render: (_args, { globals }) => html`<form @submit=${(event: Event) => event.preventDefault()}>
    <feedback-form name="feedback" required storage-key="storybook-in-form" theme=${globals.theme === 'dark' ? 'dark' : 'light'}></feedback-form>
    <button>Send with the rest of the page</button>
  </form>`,
};

export const Welsh: Story = { args: { locale: 'cy' } };

export const Narrow: Story = { args: { width: '320px' } };

/** Easy Read: a face at each point of the scale, and every question and message in Easy Read words. */
export const EasyRead: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = formIn(canvasElement);
    await element.updateComplete;
    await expect(root.querySelectorAll('label.choice svg.picture').length).toBe(6);
  },
  args: { easyRead: true },
};

export const EasyReadProblems: Story = {
  args: { easyRead: true },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#wants-reply');
    await send(canvasElement);
    const { root } = formIn(canvasElement);
    await expect(root.querySelector('#feedback-errors')?.textContent).toContain('Please');
  },
};

export const EasyReadSent: Story = {
  args: { easyRead: true, youSaidWeDidHref: '#you-said-we-did' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '#q-how-4');
    await send(canvasElement);
    const { root } = formIn(canvasElement);
    await expect(root.querySelector('.done')?.textContent).toContain('We have got your answers.');
  },
};

export const EasyReadWelsh: Story = { args: { easyRead: true, locale: 'cy' } };
