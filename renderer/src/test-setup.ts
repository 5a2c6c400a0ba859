import { afterEach } from 'vitest';

// Component tests (jsdom) get jest-dom's matchers and a clean document after each test; tests in the
// node environment (the engine, the store, e2e) load nothing of this.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
