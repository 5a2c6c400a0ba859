// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../../../shared/catalogue';
import type { InputId } from '../../../../shared/domain/inputs';
import { setInputSchedule } from '../../../../shared/domain/scenario-edits';
import type { TestApp } from '../../test-utils';
import { setupTestApp } from '../../test-utils';
import { InputCell } from './InputCell';
import { useCell } from './use-cell';

const ESCALATION = PRESETS[1]!.id;
const BASELINE = PRESETS.find((preset) => preset.name === 'Baseline')!;
let app: TestApp;

beforeEach(async () => {
  app = await setupTestApp();
});
afterEach(() => app.stop());

/** One cell in a table of its own (the grid draws its 77 after the first paint; one is enough here). */
function renderCell(sector: string, sectorName: string, input: InputId) {
  app.renderInApp(
    <table>
      <tbody>
        <tr>
          <InputCell
            sector={sector}
            sectorName={sectorName}
            input={input}
            row={0}
            col={0}
            tabStop
            onCellFocus={() => {}}
          />
        </tr>
      </tbody>
    </table>,
  );
}

describe('a grid cell reads the store’s one scenario', () => {
  it('shows an undo, a redo and an edit made elsewhere at once, with no copy to bring up to date', async () => {
    await app.store.getState().openScenario(ESCALATION);
    renderCell('IC', 'Chips', 'restriction');
    const slider = screen.getByRole('slider', { name: 'Restriction level — Chips' });
    expect(slider).toHaveValue('0.6');
    fireEvent.change(slider, { target: { value: '0.8' } });
    expect(slider).toHaveValue('0.8');
    expect(slider).toHaveAttribute('aria-valuetext', '80% from 2026, 30% before');
    expect(app.store.getState().saveState).toBe('pending');
    // No timer runs between these steps: the slider follows the store in the same task.
    act(() => app.store.getState().undo());
    expect(slider).toHaveValue('0.6');
    act(() => app.store.getState().redo());
    expect(slider).toHaveValue('0.8');
    act(() => app.store.getState().editScenario((s) => setInputSchedule(s, 'IC', 'restriction', 0.25)));
    expect(slider).toHaveValue('0.25');
    expect(slider).toHaveAttribute('aria-valuetext', '25%');
  });

  it('shows what restriction packages set and keeps their timing when moved', async () => {
    const id = await app.store
      .getState()
      .createScenario({ ...BASELINE, restrictionPackages: ['hyp-2026-hbm-ai-extension'] }, 'With a package');
    await app.store.getState().openScenario(id!);
    renderCell('IC', 'Chips', 'restriction');
    const slider = screen.getByRole('slider', { name: 'Restriction level — Chips' });
    expect(slider).toHaveValue('0.45');
    fireEvent.change(slider, { target: { value: '0.7' } });
    expect(app.store.getState().scenario!.sectors.IC?.restriction).toEqual([
      { year: 2025, value: 0.3 },
      { year: 2026, value: 0.7 },
    ]);
    expect(slider).toHaveValue('0.7');
  });
});

describe('cells derive their own view of the scenario', () => {
  it('re-render when their input changes, not when another cell’s does', async () => {
    await app.store.getState().openScenario(ESCALATION);
    const renders: Record<string, number> = { IC: 0, SME: 0 };
    function Probe({ sector }: { readonly sector: string }) {
      const { shape } = useCell(sector, 'restriction');
      renders[sector]! += 1;
      return <span data-testid={sector}>{shape.kind}</span>;
    }
    app.renderInApp(
      <>
        <Probe sector="IC" />
        <Probe sector="SME" />
      </>,
    );
    const before = { ...renders };
    act(() =>
      app.store.getState().editScenario((s) => setInputSchedule(s, 'IC', 'restriction', 0.5), 'cell:IC'),
    );
    expect(screen.getByTestId('IC')).toHaveTextContent('constant');
    expect(renders.IC).toBe(before.IC! + 1);
    expect(renders.SME).toBe(before.SME);
    // An edit that leaves the cell's schedule as it was (an equal new object) does not re-render it either.
    act(() =>
      app.store
        .getState()
        .editScenario((s) =>
          setInputSchedule(s, 'SME', 'restriction', [...(s.sectors.SME!.restriction as [])]),
        ),
    );
    expect(renders.SME).toBe(before.SME);
  });
});
