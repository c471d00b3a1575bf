import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Without isCustomElement, Vue takes <mark-scorer> for a Vue component it cannot find.
const ELEMENTS = [
  'coproduction-project',
  'mark-scorer',
  'values-agreement',
  'decision-log',
  'icebreaker-picker',
  'feedback-form',
];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => ELEMENTS.includes(tag) } } })],
});
