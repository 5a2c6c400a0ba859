import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/**
 * The dev server injects CSS with <style> elements, which the page's CSP forbids; only `vite` (serve)
 * relaxes it. The built page keeps the strict policy of renderer/index.html.
 */
function devCsp(): Plugin {
  return {
    name: 'chokepoint-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

// Renderer build: `npm run build:renderer` → dist/renderer (loaded by Electron with loadFile, so base './').
const config = {
  root: rendererRoot,
  base: './',
  plugins: [react(), devCsp()],
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // `NO_MINIFY=1 npm run preview`: readable names in a CPU profile.
    minify: process.env.NO_MINIFY ? false : 'esbuild',
    chunkSizeWarningLimit: 1500,
  },
  // docs/model.md and shared/ live outside renderer/.
  server: { host: '127.0.0.1', fs: { allow: [repoRoot] } },
} satisfies UserConfig;

export default defineConfig(({ command }) => {
  // A build is what users run: React's production build, whatever NODE_ENV the shell or a test runner
  // (vitest sets "test") passes down. Vite keeps an inherited NODE_ENV, which gave the e2e tests, and
  // anyone building from a shell with NODE_ENV=development, React's development build (several times
  // slower, with its warnings). Read by Vite after this file is loaded.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});
