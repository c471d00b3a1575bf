import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';

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
