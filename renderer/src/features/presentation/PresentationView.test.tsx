// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/api/settings-values';
import { PRESETS } from '../../../../shared/catalogue';
import type { TestApp } from '../../test-utils';
import { setupTestApp } from '../../test-utils';
import ComparePage from '../../app/ComparePage';

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
    app.renderInApp(<ComparePage />);
    const present = await screen.findByRole('button', { name: 'Present' });
    await waitFor(() => expect(present).toBeEnabled(), { timeout: 20_000 });
    fireEvent.click(present);
    // Set up first, out of the audience's sight: the title, the reference, the sectors.
    const setup = screen.getByRole('dialog', { name: 'Slides of this comparison' });
    fireEvent.change(within(setup).getByLabelText('Title of the slides'), {
      target: { value: 'Push versus escalation' },
    });
    fireEvent.click(within(setup).getByRole('button', { name: 'Start presentation' }));
    const deck = screen.getByRole('dialog', { name: 'Presentation: Push versus escalation' });
    expect(slide()).toBe('title');
    expect(deck).toHaveFocus();
    expect(within(deck).getByRole('heading', { level: 2 })).toHaveTextContent('Push versus escalation');
    // Nothing to pick on the title slide: it is the audience's.
    expect(within(deck).queryByRole('checkbox')).not.toBeInTheDocument();
    fireEvent.keyDown(deck, { key: 'ArrowRight' });
    expect(slide()).toBe('overview');
    // The slide takes the chart's title; the chart does not repeat it.
    expect(within(deck).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Aggregate self-reliance (demand-weighted)',
    );
    expect(
      within(deck).getByText('Aggregate self-reliance (demand-weighted)', { selector: 'figcaption' }),
    ).toHaveClass('visually-hidden');
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
    expect(within(deck).getByRole('region', { name: /^Slide 17 of 17: Why/ })).toBeInTheDocument();
    fireEvent.keyDown(deck, { key: 'PageUp' });
    fireEvent.keyDown(deck, { key: 'PageUp' });
    expect(slide()).toBe('targets');
    expect(within(deck).getByTestId('slide-targets').querySelectorAll('tbody tr')).toHaveLength(11);
    fireEvent.keyDown(deck, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(app.store.getState().presentation).toBe(false);
    // Sectors picked in the set-up leave out the others' slides (and the deck's).
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    const again = screen.getByRole('dialog', { name: 'Slides of this comparison' });
    fireEvent.click(within(again).getByRole('button', { name: 'None' }));
    fireEvent.click(within(again).getByRole('checkbox', { name: 'Lithography' }));
    expect(within(again).getByText('7 slides')).toBeInTheDocument();
    fireEvent.click(within(again).getByRole('button', { name: 'Start presentation' }));
    const fewer = screen.getByRole('dialog', { name: 'Presentation: Push versus escalation' });
    expect(app.store.getState().slideSectors).toEqual(['LITH']);
    fireEvent.keyDown(fewer, { key: 'End' });
    expect(within(fewer).getByRole('region', { name: /^Slide 7 of 7: Why/ })).toBeInTheDocument();
    fireEvent.keyDown(fewer, { key: 'Home' });
    fireEvent.keyDown(fewer, { key: 'ArrowRight' });
    fireEvent.keyDown(fewer, { key: 'ArrowRight' });
    expect(within(fewer).getByRole('heading', { level: 2 })).toHaveTextContent('Lithography');
    fireEvent.keyDown(fewer, { key: 'Escape' });
  });

  it('exports the deck with the sectors and the title chosen for the slides (read back from the file)', async () => {
    await app.stop();
    app = await setupTestApp({ desktop: true });
    app.store.setState({ settings: { ...DEFAULT_SETTINGS, draws: 20 } });
    app.store.getState().setCompareScenarios([PRESETS[0]!.id, PRESETS[1]!.id]);
    const saved: { suggestedName: string; text?: string }[] = [];
    const saveFile = app.api.saveFile.bind(app.api);
    Object.assign(app.api, {
      saveFile: async (input: Parameters<typeof saveFile>[0]) => {
        saved.push(input);
        return saveFile(input);
      },
    });
    app.renderInApp(<ComparePage />);
    const present = await screen.findByRole('button', { name: 'Present' });
    await waitFor(() => expect(present).toBeEnabled(), { timeout: 20_000 });
    fireEvent.click(present);
    const setup = screen.getByRole('dialog', { name: 'Slides of this comparison' });
    fireEvent.change(within(setup).getByLabelText('Title of the slides'), {
      target: { value: 'Board meeting' },
    });
    fireEvent.click(within(setup).getByRole('button', { name: 'None' }));
    fireEvent.click(within(setup).getByRole('checkbox', { name: 'Lithography' }));
    fireEvent.click(within(setup).getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export deck' }));
    await waitFor(() => expect(saved.some((input) => input.suggestedName.endsWith('.pptx'))).toBe(true), {
      timeout: 60_000,
    });
    const deck = saved.find((input) => input.suggestedName.endsWith('.pptx'))!;
    const zip = await JSZip.loadAsync(Buffer.from(deck.text!, 'base64'));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    const texts = await Promise.all(slides.map((name) => zip.file(name)!.async('string')));
    // Title, overview, one sector (Lithography), chokepoints, targets, costs, why.
    expect(slides).toHaveLength(7);
    const byNumber = (n: number) => texts[slides.indexOf(`ppt/slides/slide${n}.xml`)]!;
    expect(byNumber(1)).toContain('Board meeting');
    expect(byNumber(3)).toContain('Lithography');
    // Chips is named only in the targets table (every sector has a row there), never on a slide of its own.
    expect(texts.filter((xml) => />Chips</.test(xml))).toEqual([byNumber(5)]);
  }, 120_000);

  it('follows the native menu’s View → Presentation mode (the same flag)', async () => {
    app.renderInApp(<ComparePage />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Present' })).toBeEnabled(), {
      timeout: 20_000,
    });
    app.store.getState().setPresentation(true);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    app.store.getState().setPresentation(false);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
