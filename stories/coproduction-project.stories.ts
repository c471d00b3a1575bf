import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { expect } from 'storybook/test';
import { LiveView, liveStyles, type ViewedSession } from '../packages/coproduction-project/src/live-view.js';
import { PICTURE_NAMES } from '../packages/core/src/pictures/drawings.js';
import {
  baseStyles,
  loadPictures,
  loadStrings,
  picture,
  pictureStyles,
  sharedEasyRead,
  themeTokens,
  type Locale,
  type SessionRole,
  type SessionStatus,
  type StringTable,
} from '../packages/core/src/index.js';

const meta: Meta = {
  title: 'Elements/coproduction-project',
  component: 'coproduction-project',
  parameters: {
    docs: {
      description: {
        component:
          'Optional wrapper: shares a project id (which namespaces saved data), a language and storage with every coproduce element inside it.',
      },
    },
  },
};
export default meta;

/**
 * A live session's part of the project, as it shows on screen, for a
 * session that cannot reach a server here: a stand-in session in a fixed
 * state, drawn by the project's own view (what `<coproduction-project
 * server room token>` shows above the elements inside).
 */
class LiveSessionExample extends LitElement {
  static override styles = [themeTokens, baseStyles, liveStyles];
  static override properties = {
    locale: {},
    easyRead: { type: Boolean, attribute: 'easy-read' },
    who: {},
    state: {},
    people: { type: Number },
    named: {},
    names: {},
    link: {},
  };
  declare locale: string | undefined;
  declare easyRead: boolean;
  readonly joinPage = undefined;
  /** The session's role (not `role`, which is ARIA's). */
  declare who: SessionRole;
  declare state: SessionStatus['state'];
  declare people: number;
  /** The participant's own name, once picked. */
  declare named: string | undefined;
  /** The group's names, comma-separated. */
  declare names: string;
  /** The join link a facilitator's screen shows (a fixed example: no server is asked for one). */
  declare link: string;
  private readonly view = new LiveView(this);

  constructor() {
    super();
    this.easyRead = false;
    this.who = 'facilitator';
    this.state = 'connected';
    this.people = 1;
    this.names = '';
    this.link = '';
  }

  awaiting(part: Promise<unknown>): void {
    const again = () => this.requestUpdate();
    part.then(again, again);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size) this.view.follow(this.session());
  }

  // biome-ignore lint/suspicious/noConfusingVoidType: Lit's own signature, whose result this passes on.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.view.wordsToLoad();
    return loading ? loading.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  private session(): ViewedSession {
    const status = (
      this.state === 'connected'
        ? { state: 'connected', people: this.people }
        : this.state === 'refused'
          ? { state: 'refused', reason: 'example' }
          : { state: this.state }
    ) as SessionStatus;
    const code = this.link.split('#join=')[1] ?? '';
    const names = this.names
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    return {
      role: this.who,
      name: this.named ?? null,
      status,
      names,
      watch: () => () => undefined,
      watchNames: () => () => undefined,
      chooseName: (name: string) => {
        this.named = name;
      },
      joinCode: async () => code,
    };
  }

  protected override render() {
    return this.view.render(null);
  }
}
if (!customElements.get('coproduce-live-session-example'))
  customElements.define('coproduce-live-session-example', LiveSessionExample);

/** The example join link: a council page's address with a short code. Fixed: Storybook reaches no server. */
const EXAMPLE_LINK = 'https://intranet.example.gov.uk/meetings/carers-group#join=K7RM-Q2XD';

interface LiveArgs {
  locale: string;
  easyRead: boolean;
}
const liveArgTypes = {
  locale: { control: 'inline-radio', options: ['en', 'cy'] },
  easyRead: { control: 'boolean' },
} as const;

/** Every state of the status line: joining, connected (alone, and with others), offline, reconnecting, refused. */
export const LiveSessionStatus: StoryObj<LiveArgs> = {
  args: { locale: 'en', easyRead: false },
  argTypes: liveArgTypes,
  render: ({ locale, easyRead }) => html`
    ${(
      [
        ['connecting', 1],
        ['connected', 1],
        ['connected', 6],
        ['offline', 1],
        ['reconnecting', 1],
        ['refused', 1],
      ] as const
    ).map(
      ([state, people]) =>
        html`<coproduce-live-session-example
          locale=${locale}
          ?easy-read=${easyRead}
          who="participant"
          named="Ana"
          state=${state}
          people=${people}
        ></coproduce-live-session-example>`,
    )}
  `,
  play: async ({ canvasElement }) => {
    const examples = [...canvasElement.querySelectorAll('coproduce-live-session-example')] as LiveSessionExample[];
    await Promise.all(examples.map((example) => example.updateComplete));
    const says = examples.map((example) => example.shadowRoot!.querySelector('[part="status"]')!.textContent);
    await expect(says[2]).toContain('6 people are here');
    await expect(says[5]).toContain('Ask the person leading the meeting for a new one');
  },
};

/** A facilitator's "Join on your own phone": a short explanation, the link, Copy link and its QR code. */
export const JoinOnYourOwnPhone: StoryObj<LiveArgs> = {
  args: { locale: 'en', easyRead: false },
  argTypes: liveArgTypes,
  render: ({ locale, easyRead }) => html`<coproduce-live-session-example
    locale=${locale}
    ?easy-read=${easyRead}
    who="facilitator"
    state="connected"
    people="4"
    link=${EXAMPLE_LINK}
  ></coproduce-live-session-example>`,
  play: async ({ canvasElement }) => {
    const example = canvasElement.querySelector('coproduce-live-session-example') as LiveSessionExample;
    for (let frame = 0; frame < 120 && !example.shadowRoot!.querySelector('svg.qr path'); frame++) {
      await new Promise(requestAnimationFrame);
      await example.updateComplete;
    }
    await expect(example.shadowRoot!.querySelector<HTMLInputElement>('#join-link')!.value).toContain('#join=K7RM-Q2XD');
    await expect(example.shadowRoot!.querySelector('svg.qr')).not.toBeNull();
  },
};

/** Someone who opened the join link picks their name from the group's list, or writes their own. */
export const WhoAreYou: StoryObj<LiveArgs> = {
  args: { locale: 'en', easyRead: false },
  argTypes: liveArgTypes,
  render: ({ locale, easyRead }) => html`<coproduce-live-session-example
    locale=${locale}
    ?easy-read=${easyRead}
    who="participant"
    state="connected"
    people="5"
    names="Ana, Ben, Cai, Dewi"
  ></coproduce-live-session-example>`,
};

export const WhoAreYouEasyReadWelsh: StoryObj<LiveArgs> = {
  ...WhoAreYou,
  args: { locale: 'cy', easyRead: true },
};

export const SharesLanguageAndProject: StoryObj = {
  render: () => html`
    <coproduction-project project="carers-group" locale="cy" storage="memory">
      <mark-scorer stage="planning" storage-key="planning"></mark-scorer>
    </coproduction-project>
  `,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('mark-scorer')!;
    await element.updateComplete;
    await expect(element.shadowRoot!.querySelector('h2')?.textContent).toContain('Cynllunio');
  },
};

export const TwoProjectsOnOnePage: StoryObj = {
  render: () => html`
    <coproduction-project project="parks" storage="memory">
      <mark-scorer stage="review" storage-key="session"></mark-scorer>
    </coproduction-project>
    <coproduction-project project="housing" storage="memory" locale="cy">
      <mark-scorer stage="review" storage-key="session"></mark-scorer>
    </coproduction-project>
  `,
};

/** `easy-read` on the project: every element inside is in Easy Read. */
export const EasyReadForEveryElementInside: StoryObj = {
  render: () => html`
    <coproduction-project project="self-advocates" storage="memory" easy-read>
      <mark-scorer stage="planning"></mark-scorer>
      <values-agreement participants="Ana, Ben, Cy"></values-agreement>
      <icebreaker-picker seed="easy" setting="in-person"></icebreaker-picker>
      <decision-log></decision-log>
      <feedback-form no-contact></feedback-form>
    </coproduction-project>
  `,
  play: async ({ canvasElement }) => {
    for (const tag of ['mark-scorer', 'values-agreement', 'icebreaker-picker', 'decision-log', 'feedback-form']) {
      const element = canvasElement.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
      await expect(element.shadowRoot!.querySelectorAll('svg.picture').length).toBeGreaterThan(0);
    }
  },
};

export const EasyReadWelshForEveryElementInside: StoryObj = {
  render: () => html`
    <coproduction-project project="hunan-eiriolwyr" storage="memory" locale="cy" easy-read>
      <values-agreement participants="Alaw, Bethan"></values-agreement>
      <icebreaker-picker seed="hawdd" setting="online"></icebreaker-picker>
      <feedback-form no-contact></feedback-form>
    </coproduction-project>
  `,
};

/**
 * Every Easy Read picture, each named as a screen reader hears it when it
 * stands without its words (beside its words, it is hidden).
 */
class PictureGallery extends LitElement {
  static override styles = [
    pictureStyles,
    css`
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
        gap: 1em;
        list-style: none;
        padding: 0;
        margin: 0;
        font: 1rem system-ui, sans-serif;
        color: inherit;
      }
      li {
        text-align: center;
      }
      svg.picture {
        width: 4em;
        height: 4em;
        display: block;
        margin: 0 auto 0.25em;
      }
      code {
        display: block;
      }
    `,
  ];

  static override properties = { locale: {} };
  declare locale: Locale;

  constructor() {
    super();
    this.locale = 'en';
  }

  // The descriptions are Easy Read strings, loaded before the gallery shows them (as an element loads its words).
  protected override async scheduleUpdate(): Promise<void> {
    [this.words] = await Promise.all([loadStrings(sharedEasyRead[this.locale]), loadPictures()]);
    super.scheduleUpdate();
  }

  private words: StringTable = {};

  protected override render() {
    return html`<ul lang=${this.locale}>
      ${PICTURE_NAMES.map((name) => {
        const description = this.words[`easy.picture.${name}`] as string;
        return html`<li>${picture(name, { label: description })}<code>${name}</code>${description}</li>`;
      })}
    </ul>`;
  }
}
if (!customElements.get('coproduce-picture-gallery'))
  customElements.define('coproduce-picture-gallery', PictureGallery);

export const EasyReadPictures: StoryObj<{ locale: Locale }> = {
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'cy'] } },
  render: (args, { globals }) =>
    html`<div style="color: ${globals.theme === 'dark' ? '#f3f2f1' : '#0b0c0c'}">
      <coproduce-picture-gallery locale=${args.locale}></coproduce-picture-gallery>
    </div>`,
};
