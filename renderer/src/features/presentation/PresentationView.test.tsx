// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/api/settings-values';
import { PRESETS } from '../../../../shared/catalogue';
import type { TestApp } from '../../test-utils';
import { setupTestApp } from '../../test-utils';
import CompareView from '../compare/CompareView';

let app: TestApp;

beforeEach(async () => {
  app = await setupTestApp();
  app.store.setState({ settings: { ...DEFAULT_SETTINGS, draws: 20 } });
  app.store.getState().setCompareScenarios([PRESETS[0]!.id, PRESETS[1]!.id]);
});
afterEach(() => app.stop());

const slide = () => screen.getByRole('dialog').querySelector('[data-slide]')!.getAttribute('data-slide');

describe('presentation mode', () => {
  it('is entered from the compare view, moves by keyboard and clicker keys, and is left with Escape', async () => {
    app.renderInApp(<CompareView />);
    const present = await screen.findByRole('button', { name: 'Present' });
    await waitFor(() => expect(present).toBeEnabled(), { timeout: 20_000 });
    fireEvent.click(present);
    const deck = screen.getByRole('dialog', { name: 'Presentation: Compare scenarios' });
    expect(slide()).toBe('title');
    expect(deck).toHaveFocus();
    expect(within(deck).getByRole('heading', { level: 2 })).toHaveTextContent('Compare scenarios');
    fireEvent.keyDown(deck, { key: 'ArrowRight' });
    expect(slide()).toBe('overview');
    expect(within(deck).getByRole('heading', { level: 2 })).toHaveTextContent('Aggregate self-reliance');
    fireEvent.keyDown(deck, { key: 'ArrowRight' });
    expect(slide()).toBe('sector');
    expect(within(deck).getByRole('heading', { level: 2 })).toHaveTextContent('Chips');
    // Self-reliance and capability both, each named on the slide.
    expect(within(deck).getByText(/^Self-reliance \(S\)/)).toBeInTheDocument();
    expect(within(deck).getByText(/^Capability \(C\)/)).toBeInTheDocument();
    fireEvent.keyDown(deck, { key: 'PageDown' });
    expect(within(deck).getByRole('heading', { level: 2 })).toHaveTextContent('Chip-making equipment');
    fireEvent.keyDown(deck, { key: 'PageUp' });
    fireEvent.keyDown(deck, { key: 'ArrowLeft' });
    fireEvent.keyDown(deck, { key: 'ArrowLeft' });
    expect(slide()).toBe('title');
    fireEvent.keyDown(deck, { key: 'End' });
    expect(slide()).toBe('why');
    // Title, overview, eleven sectors, chokepoints, targets, costs, why.
    expect(within(deck).getByRole('region', { name: 'Slide 17 of 17: Why they differ' })).toBeInTheDocument();
    fireEvent.keyDown(deck, { key: 'PageUp' });
    fireEvent.keyDown(deck, { key: 'PageUp' });
    expect(slide()).toBe('targets');
    expect(within(deck).getByTestId('slide-targets').querySelectorAll('tbody tr')).toHaveLength(11);
    // Picking sectors on the title slide leaves out the others' slides.
    fireEvent.keyDown(deck, { key: 'Home' });
    fireEvent.click(within(deck).getByRole('button', { name: 'None' }));
    fireEvent.click(within(deck).getByRole('checkbox', { name: 'Lithography' }));
    fireEvent.keyDown(deck, { key: 'End' });
    expect(within(deck).getByRole('region', { name: 'Slide 7 of 7: Why they differ' })).toBeInTheDocument();
    fireEvent.keyDown(deck, { key: 'Home' });
    fireEvent.keyDown(deck, { key: 'ArrowRight' });
    fireEvent.keyDown(deck, { key: 'ArrowRight' });
    expect(within(deck).getByRole('heading', { level: 2 })).toHaveTextContent('Lithography');
    fireEvent.keyDown(deck, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(app.store.getState().presentation).toBe(false);
  });

  it('follows the native menu’s View → Presentation mode (the same flag)', async () => {
    app.renderInApp(<CompareView />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Present' })).toBeEnabled(), {
      timeout: 20_000,
    });
    app.store.getState().setPresentation(true);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    app.store.getState().setPresentation(false);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
