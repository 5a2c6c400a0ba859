// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/api/settings-values';
import { PRESETS } from '../../../../shared/catalogue';
import type { TestApp } from '../../test-utils';
import { setupTestApp } from '../../test-utils';
import { InputGrid } from './InputGrid';
import { ScheduleEditor } from './ScheduleEditor';

const ESCALATION = PRESETS[1]!.id;
let app: TestApp;

beforeEach(async () => {
  app = await setupTestApp();
  // The editor draws the opened scenario's bands in the background (500 draws before settings load):
  // these tests read the grid and the schedule, no band, so a few draws keep that work small.
  app.store.setState({ settings: { ...DEFAULT_SETTINGS, draws: 2 } });
  await app.store.getState().openScenario(ESCALATION);
});
afterEach(() => app.stop());

const ic = () => app.store.getState().scenario!.sectors.IC;

/** The grid, once its cells have filled in (they do after the first paint). */
async function renderGrid(): Promise<void> {
  app.renderInApp(<InputGrid />);
  await cellsFilled();
}

/** Waits for the sliders (a plain selector: role queries over 77 cells are slow in jsdom). */
async function cellsFilled(): Promise<void> {
  await waitFor(() => expect(document.querySelectorAll('.cell-slider')).toHaveLength(77), {
    timeout: 10_000,
  });
}

describe('input grid', () => {
  it('draws its rows at once and fills in the 77 cells after the first paint', async () => {
    app.renderInApp(<InputGrid />);
    expect(screen.getAllByRole('row')).toHaveLength(12);
    expect(screen.getAllByRole('gridcell')).toHaveLength(77);
    expect(screen.queryAllByRole('slider')).toHaveLength(0);
    await cellsFilled();
    expect(screen.getAllByRole('slider')).toHaveLength(77);
    expect(screen.getAllByRole('gridcell')).toHaveLength(77);
  });

  it('names every control "<lever> — <sector>" and shows its value', async () => {
    await renderGrid();
    expect(screen.getAllByRole('slider')).toHaveLength(77);
    const slider = screen.getByRole('slider', { name: 'Restriction level — Chips' });
    expect(slider).toHaveValue('0.6');
    expect(slider).toHaveAttribute('aria-valuetext', '60% from 2026, 30% before');
    expect(screen.getByRole('slider', { name: 'Basic research — Lithography' })).toHaveAttribute(
      'aria-valuetext',
      '1.00× (default)',
    );
  });

  it('moves the final value and keeps the step year; an unset input gets a step after the base year', async () => {
    await renderGrid();
    fireEvent.change(screen.getByRole('slider', { name: 'Restriction level — Chips' }), {
      target: { value: '0.8' },
    });
    expect(ic()?.restriction).toEqual([
      { year: 2025, value: 0.3 },
      { year: 2026, value: 0.8 },
    ]);
    fireEvent.change(screen.getByRole('slider', { name: 'Openness — Chips' }), { target: { value: '0.9' } });
    expect(ic()?.levers?.openness).toEqual([
      { year: 2025, value: 0.6 },
      { year: 2026, value: 0.9 },
    ]);
  });

  it('selects a cell on focus', async () => {
    await renderGrid();
    fireEvent.focus(screen.getByRole('slider', { name: 'Clusters — Robots & sensors' }));
    expect(app.store.getState().selectedCell).toEqual({ sector: 'ROB', input: 'clusters' });
  });
});

describe('schedule editor', () => {
  const open = () => app.renderInApp(<ScheduleEditor cell={{ sector: 'IC', input: 'restriction' }} />);

  it('shows the step of the Escalation preset with its fields', () => {
    open();
    expect(screen.getByRole('heading', { name: 'Schedule: Restriction level, Chips' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Step' })).toBeChecked();
    expect(screen.getByLabelText('Value in 2025')).toHaveValue(30);
    expect(screen.getByLabelText('Changes in')).toHaveValue(2026);
    expect(screen.getByLabelText('Value after')).toHaveValue(60);
  });

  it('edits the step year and value from the keyboard fields', () => {
    open();
    fireEvent.change(screen.getByLabelText('Changes in'), { target: { value: '2030' } });
    fireEvent.change(screen.getByLabelText('Value after'), { target: { value: '75' } });
    expect(ic()?.restriction).toEqual([
      { year: 2025, value: 0.3 },
      { year: 2030, value: 0.75 },
    ]);
  });

  it('turns the step into a linear ramp stored as yearly steps', () => {
    open();
    fireEvent.click(screen.getByRole('radio', { name: 'Ramp' }));
    fireEvent.change(screen.getByLabelText('Ramp ends'), { target: { value: '2029' } });
    expect(ic()?.restriction).toEqual([
      { year: 2025, value: 0.3 },
      { year: 2026, value: 0.375 },
      { year: 2027, value: 0.45 },
      { year: 2028, value: 0.525 },
      { year: 2029, value: 0.6 },
    ]);
    fireEvent.click(screen.getByRole('radio', { name: 'Constant' }));
    expect(ic()?.restriction).toBe(0.6);
  });

  it('refuses values outside the range with a message instead of clamping', () => {
    open();
    fireEvent.change(screen.getByLabelText('Value after'), { target: { value: '140' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a value from 0% to 100%.');
    expect(ic()?.restriction).toEqual(PRESETS[1]!.sectors.IC!.restriction);
  });

  it('resets to the default and applies the schedule to other sectors as one undo step', () => {
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Apply to other sectors…' }));
    const group = screen.getByRole('group', { name: 'Apply this Restriction level schedule to' });
    fireEvent.click(within(group).getByLabelText('Robots & sensors'));
    fireEvent.click(within(group).getByLabelText('High-end machine tools'));
    fireEvent.click(within(group).getByRole('button', { name: 'Apply to 2 sectors' }));
    const sectors = app.store.getState().scenario!.sectors;
    expect(sectors.ROB?.restriction).toEqual(sectors.IC?.restriction);
    expect(sectors.CNC?.restriction).toEqual(sectors.IC?.restriction);
    expect(app.store.temporal.getState().pastStates).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to default (30%)' }));
    expect(ic()?.restriction).toBeUndefined();
  });

  it('describes its chart for screen readers', () => {
    open();
    expect(screen.getByRole('img')).toHaveAttribute(
      'aria-label',
      expect.stringContaining('Schedule of Restriction level in Chips: 30%, then 60% from 2026'),
    );
  });
});
