// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test-utils';
import { setupTestApp } from '../../test-utils';
import { NamePrompt } from './NamePrompt';

let app: TestApp;

beforeEach(async () => {
  app = await setupTestApp();
  await app.store.getState().loadSettings();
});
afterEach(() => app.stop());

/** A later start: a fresh render on the settings the API kept. */
async function restart(): Promise<void> {
  cleanup();
  await app.store.getState().loadSettings();
  app.renderInApp(<NamePrompt />);
}

const prompt = () => screen.queryByRole('region', { name: 'Welcome' });

describe('the first-start name prompt', () => {
  it('asks once, is axe-clean, and records the name given as the author', async () => {
    const { container } = app.renderInApp(<NamePrompt />);
    expect(prompt()).toBeInTheDocument();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    const use = screen.getByRole('button', { name: 'Use this name' });
    expect(use).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Name to record as author'), { target: { value: '  Li Wei ' } });
    fireEvent.click(use);
    expect(prompt()).not.toBeInTheDocument();
    await waitFor(() => expect(app.store.getState().settings?.author).toBe('Li Wei'));
    const saved = await app.api.getSettings({});
    expect(saved.ok && saved.value).toMatchObject({ author: 'Li Wei', askedForName: true });

    await restart();
    expect(prompt()).not.toBeInTheDocument();
  });

  it('does not ask again once skipped, and leaves the name unset', async () => {
    app.renderInApp(<NamePrompt />);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(prompt()).not.toBeInTheDocument();
    await waitFor(() => expect(app.store.getState().settings?.askedForName).toBe(true));

    await restart();
    expect(prompt()).not.toBeInTheDocument();
    const saved = await app.api.getSettings({});
    expect(saved.ok && saved.value).toMatchObject({ author: '', askedForName: true });
  });

  it('is dismissed with Escape like "Not now"', async () => {
    app.renderInApp(<NamePrompt />);
    fireEvent.keyDown(screen.getByLabelText('Name to record as author'), { key: 'Escape' });
    expect(prompt()).not.toBeInTheDocument();
    await waitFor(() => expect(app.store.getState().settings?.askedForName).toBe(true));
  });

  it('does not ask someone whose name is already set', async () => {
    await app.api.updateSettings({ author: 'Li Wei' });
    await restart();
    expect(prompt()).not.toBeInTheDocument();
  });
});
