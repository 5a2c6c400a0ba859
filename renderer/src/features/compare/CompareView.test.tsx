// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/api/app-schemas';
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
    const cells = within(chips).getAllByRole('cell').map((cell) => cell.querySelector('.compare-target-year')!.textContent);
    // 50 %: Baseline and Escalation not by the horizon, the push in 2037; 70 %: none of them.
    expect(cells).toEqual(['not by 2040', 'not by 2040', '2037', 'not by 2040', 'not by 2040', 'not by 2040']);
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-banded', '3/3'), { timeout: 30_000 });
    expect(within(chips).getAllByText(/% chance$/)).toHaveLength(6);
    expect(screen.getByRole('list', { name: 'Scenarios and their line styles' })).toHaveTextContent('Baseline (reference)');
  });

  it('explains the difference with a waterfall whose bars add up to the difference shown', async () => {
    app.renderInApp(<CompareView />);
    await screen.findByTestId('waterfall-table', {}, { timeout: 20_000 });
    const escalated = waterfallNumbers();
    expect(escalated.text).toContain('Restriction level+8.7 pp');
    expect(sum(escalated.bars)).toBe(escalated.difference);
    expect(escalated.difference).toBeCloseTo(0.087, 3);

    fireEvent.change(screen.getByLabelText('Explain'), { target: { value: push!.id } });
    fireEvent.change(screen.getByLabelText('Output'), { target: { value: 'IC' } });
    await waitFor(() => expect(screen.getByTestId('waterfall-table')).toHaveTextContent('Self-reliance push'));
    const pushed = waterfallNumbers();
    expect(sum(pushed.bars)).toBe(pushed.difference);
    expect(pushed.text).toContain('Domestic procurement+27.9 pp');
  });

  it('switches the reference: the legend, the waterfall and the lever diff follow', async () => {
    app.renderInApp(<CompareView />);
    await screen.findByTestId('waterfall-table', {}, { timeout: 20_000 });
    fireEvent.click(screen.getByRole('radio', { name: 'Escalation' }));
    expect(screen.getByRole('list', { name: 'Scenarios and their line styles' })).toHaveTextContent('Escalation (reference)');
    await waitFor(() => expect(waterfallNumbers().text).toContain('Why Baseline differs from Escalation'));
    expect(waterfallNumbers().difference).toBeCloseTo(-0.087, 3);
    const diffs = screen.getAllByTestId('lever-diff').map((table) => table.querySelector('caption')!.textContent);
    expect(diffs).toEqual(['Inputs of Baseline that differ from Escalation', 'Inputs of Self-reliance push that differ from Escalation']);
  });
});
