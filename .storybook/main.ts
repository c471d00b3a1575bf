import type { StorybookConfig } from '@storybook/web-components-vite';

// Configured by hand: `storybook init` is not used (see CONTRIBUTING.md).
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
