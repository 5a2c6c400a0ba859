import { afterEach } from 'vitest';

// Component tests (jsdom) get jest-dom's matchers and a clean document after each test; tests in the
// node environment (the engine, the store, e2e) load nothing of this.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());

  // jsdom lays nothing out, so every element's client box is 0 × 0 and ECharts has no size to draw
  // at. Elements report the window's inner size instead, as a chart filling the page would.
  const box = { clientWidth: () => window.innerWidth, clientHeight: () => window.innerHeight };
  for (const [property, size] of Object.entries(box))
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: size });

  // jsdom has no canvas (that takes the native `canvas` package). A browser answers null for a context
  // it cannot give; jsdom reports "not implemented" instead, on every call. ECharts, given null,
  // measures text by its own estimate, as it does on a server.
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => null });
}
