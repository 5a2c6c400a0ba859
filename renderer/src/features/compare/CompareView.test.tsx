// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/api/settings-values';
import { PRESETS } from '../../../../shared/catalogue';
import type { TestApp } from '../../test-utils';
import { setupTestApp } from '../../test-utils';
import CompareView from './CompareView';

const [baseline, escalation, , push] = PRESETS;
let app: TestApp;

beforeEach(async () => {
  app = await setupTestApp();
  // Few draws: the bands and probabilities are real, just rougher.
  app.store.setState({ settings: { ...DEFAULT_SETTINGS, draws: 20 } });
  app.store.getState().setCompareScenarios([baseline!.id, escalation!.id, push!.id]);
});
afterEach(() => app.stop());

const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 1000) / 1000;

function waterfallNumbers() {
  const table = screen.getByTestId('waterfall-table');
  const bars = within(table)
    .getAllByTestId('waterfall-bar')
    .map((row) => Number(row.querySelector('td')!.dataset.value));
  const difference = Number(within(table).getByTestId('waterfall-difference').dataset.value);
  return { bars, difference, text: table.textContent ?? '' };
}

describe('compare view', () => {
  it('shows the targets table of three presets, with probabilities once the bands are in', async () => {
    app.renderInApp(<CompareView />);
    const table = await screen.findByTestId('targets-table', {}, { timeout: 20_000 });
    const chips = within(table).getByRole('rowheader', { name: 'Chips' }).closest('tr')!;
    const cells = within(chips)
      .getAllByRole('cell')
      .map((cell) => cell.querySelector('.compare-target-year')!.textContent);
    // 50 %: Baseline and Escalation not by the horizon, the push in 2038 (model version 2); 70 %: none.
    expect(cells).toEqual([
      'not by 2040',
      'not by 2040',
      '2038',
      'not by 2040',
      'not by 2040',
      'not by 2040',
    ]);
    await waitFor(() => expect(screen.getByTestId('compare-status')).toHaveAttribute('data-banded', '3/3'), {
      timeout: 30_000,
    });
    // The table below the fold follows in the background render.
    // (on a loaded machine the deferred render can take more than waitFor's default second).
    await waitFor(
      () =>
        expect(
          within(screen.getByRole('rowheader', { name: 'Chips' }).closest('tr')!).getAllByText(/% chance$/),
        ).toHaveLength(3),
      { timeout: 10_000 },
    );
    // A share is printed only where some draw reaches the target (as in the deck and the report): the
    // three cells that no draw reaches say "not by 2040" and no "0 % chance".
    const chances = within(screen.getByRole('rowheader', { name: 'Chips' }).closest('tr')!)
      .getAllByText(/% chance$/)
      .map((chance) => chance.textContent ?? '');
    expect(chances.filter((chance) => /^0\s?%/.test(chance))).toEqual([]);
    expect(screen.getByRole('list', { name: 'Scenarios and their line styles' })).toHaveTextContent(
      'Baseline (reference)',
    );
  });

  it('explains the difference with a waterfall whose bars add up to the difference shown', async () => {
    app.renderInApp(<CompareView />);
    await screen.findByTestId('waterfall-table', {}, { timeout: 20_000 });
    const escalated = waterfallNumbers();
    expect(escalated.text).toContain('Restriction level+8.9 pp');
    expect(sum(escalated.bars)).toBe(escalated.difference);
    expect(escalated.difference).toBeCloseTo(0.089, 3);

    fireEvent.change(screen.getByLabelText('Explain'), { target: { value: push!.id } });
    fireEvent.change(screen.getByLabelText('Output'), { target: { value: 'IC' } });
    await waitFor(() =>
      expect(screen.getByTestId('waterfall-table')).toHaveTextContent('Self-reliance push'),
    );
    const pushed = waterfallNumbers();
    expect(sum(pushed.bars)).toBe(pushed.difference);
    expect(pushed.text).toContain('Domestic procurement+29.3 pp');
  });

  it('switches the reference: the legend, the waterfall and the lever diff follow', async () => {
    app.renderInApp(<CompareView />);
    await screen.findByTestId('waterfall-table', {}, { timeout: 20_000 });
    fireEvent.click(screen.getByRole('radio', { name: 'Escalation' }));
    expect(screen.getByRole('list', { name: 'Scenarios and their line styles' })).toHaveTextContent(
      'Escalation (reference)',
    );
    await waitFor(() => expect(waterfallNumbers().text).toContain('Why Baseline differs from Escalation'));
    expect(waterfallNumbers().difference).toBeCloseTo(-0.089, 3);
    const diffs = screen
      .getAllByTestId('lever-diff')
      .map((table) => table.querySelector('caption')!.textContent);
    expect(diffs).toEqual([
      'Inputs of Baseline that differ from Escalation',
      'Inputs of Self-reliance push that differ from Escalation',
    ]);
    // Schedules by shape: the push's basic-research ramp is one row with units, not one row per year.
    const pushDiff = screen.getAllByTestId('lever-diff')[1]!;
    const basicResearch = within(pushDiff).getAllByRole('rowheader', { name: 'Basic research' });
    expect(basicResearch).toHaveLength(1);
    expect(
      within(basicResearch[0]!.closest('tr')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['all sectors', 'ramp to 1.50× over 2025–2030']);
    // One row per sector on request: the same ramp, once in each sector.
    fireEvent.click(screen.getByRole('checkbox', { name: 'List a change made in several sectors once' }));
    const perSector = within(screen.getAllByTestId('lever-diff')[1]!).getAllByRole('rowheader', {
      name: 'Basic research',
    });
    expect(perSector.length).toBeGreaterThan(1);
    expect(perSector[0]!.closest('tr')).toHaveTextContent('Chipsramp to 1.50× over 2025–2030');
  });

  it('seeks the least lever value for a target, says when none is in range, and applies an answer to a copy', async () => {
    app.renderInApp(<CompareView />);
    const section = await screen.findByRole('region', { name: 'Goal seek' }, { timeout: 20_000 });
    const form = within(section);
    fireEvent.change(form.getByLabelText('Lever'), { target: { value: 'procurement' } });
    fireEvent.change(form.getByLabelText('Sector'), { target: { value: 'IC' } });
    fireEvent.click(form.getByRole('button', { name: 'Find the least value' }));
    const answer = await form.findByTestId('goal-answer');
    expect(answer).toHaveAttribute('data-kind', 'reached');
    expect(answer).toHaveTextContent(
      /^Domestic procurement of \d+% from 2026 is the least that brings Chips to 50% by 2040/,
    );

    fireEvent.change(form.getByLabelText('Target'), { target: { value: '99' } });
    fireEvent.click(form.getByRole('button', { name: 'Find the least value' }));
    await waitFor(() => expect(form.getByTestId('goal-answer')).toHaveAttribute('data-kind', 'unreachable'));
    expect(form.getByTestId('goal-answer')).toHaveTextContent('Not reachable within the lever’s range');

    fireEvent.change(form.getByLabelText('Target'), { target: { value: '50' } });
    fireEvent.click(form.getByRole('button', { name: 'Find the least value' }));
    await waitFor(() => expect(form.getByTestId('goal-answer')).toHaveAttribute('data-kind', 'reached'));
    fireEvent.click(form.getByRole('button', { name: 'Apply to a copy of the scenario' }));
    await waitFor(() => expect(app.store.getState().compare.ids).toHaveLength(4));
    const copy = app.api.head(app.store.getState().compare.ids[3]!)!;
    expect(copy.name).toBe('Baseline (goal seek)');
    expect(copy.sectors.IC).not.toEqual(baseline!.sectors.IC);
  });

  it('saves the comparison as a named view that reopens exactly', async () => {
    app.renderInApp(<CompareView />);
    await screen.findByTestId('targets-table', {}, { timeout: 20_000 });
    fireEvent.click(screen.getByRole('radio', { name: 'Self-reliance push' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Capability' }));
    fireEvent.change(screen.getByLabelText('Name of this comparison'), { target: { value: 'Push first' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Compare: Push first' });
    const saved = { compare: app.store.getState().compare, options: app.store.getState().compareOptions };

    fireEvent.click(screen.getByRole('button', { name: 'Remove Escalation' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Self-reliance' }));
    expect(app.store.getState().compare.ids).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Open the comparison Push first' }));
    await waitFor(() => expect(app.store.getState().compare).toEqual(saved.compare));
    expect(app.store.getState().compareOptions).toEqual(saved.options);
    expect(saved.compare).toEqual({ ids: [baseline!.id, escalation!.id, push!.id], referenceId: push!.id });
  });
});
