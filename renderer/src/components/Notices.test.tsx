// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestApp } from '../test-utils';
import { setupTestApp } from '../test-utils';
import { Notices } from './Notices';

let app: TestApp;
beforeEach(async () => {
  app = await setupTestApp();
});
afterEach(async () => {
  vi.useRealTimers();
  await app.stop();
});

const info = (file: string) =>
  ({ tone: 'success', kind: 'text', key: 'compare.export.downloaded', params: { file } }) as const;

describe('notices', () => {
  it('shows at most two, the newest, errors first, and lets each leave on its own', () => {
    vi.useFakeTimers();
    app.renderInApp(<Notices />);
    act(() => {
      for (const file of ['a.png', 'b.png', 'c.png']) app.store.getState().notify(info(file));
    });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('b.png'),
      expect.stringContaining('c.png'),
    ]);
    act(() => {
      app.store
        .getState()
        .notify({ tone: 'error', kind: 'text', key: 'compare.report.failed', params: { reason: 'x' } });
    });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not build the report');
    act(() => vi.advanceTimersByTime(7000));
    // Information has left; the error stays long enough to read, then leaves too.
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    act(() => vi.advanceTimersByTime(20000));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
