import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import { expect } from 'storybook/test';
import { PICTURE_NAMES } from '../packages/core/src/pictures/drawings.js';
import {
  loadPictures,
  loadStrings,
  picture,
  pictureStyles,
  sharedEasyRead,
  type Locale,
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
