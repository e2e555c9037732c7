import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Tags with a dash are custom elements (ours), not Vue components to resolve.
const isCustomElement = (tag: string) => tag.includes('-');

export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
  logLevel: 'warn',
});
