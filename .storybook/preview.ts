import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/coproduce/dist/custom-elements.json';
import '../packages/coproduce/src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Default theme of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      // Elements follow the page's language, as they do on a real site.
      document.documentElement.lang = globals.locale ?? 'en';
      const dark = globals.theme === 'dark';
      return html`<div style="padding: 1rem; background: ${dark ? '#1b1b1f' : '#ffffff'}">${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every story is checked with axe; a violation fails the story (and tests/storybook).
    a11y: { test: 'error' },
  },
};

export default preview;
