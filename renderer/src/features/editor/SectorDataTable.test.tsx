// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCatalogue, PRESETS } from '../../../../shared/catalogue';
import { baseYearLimit } from '../../../../shared/engine/base-year-limit';
import type { TestApp } from '../../test-utils';
import { setupTestApp } from '../../test-utils';
import { SectorDataTable } from './SectorDataTable';

const BASELINE = PRESETS[0]!;
let app: TestApp;

beforeEach(async () => {
  app = await setupTestApp();
  await app.store.getState().openScenario(BASELINE.id);
});
afterEach(() => app.stop());

const chips = () => app.store.getState().scenario!.sectors.IC;
const field = (name: string) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;

describe('sector data in the Assumptions tab', () => {
  it('shows every datum of the chosen sector with default, range, unit and source', () => {
    app.renderInApp(<SectorDataTable />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent('Base-year self-reliance');
    expect(rows[0]).toHaveTextContent('0.12');
    expect(rows[0]).toHaveTextContent('share (0–1)');
    expect(rows[0]).toHaveTextContent('IC Insights');
    // The demand growth is sourced for chips: IC Insights' market forecast, 0.08.
    expect(rows[9]).toHaveTextContent('Demand growth placed anew');
    expect(rows[9]).toHaveTextContent('0.08');
    fireEvent.change(screen.getByRole('combobox', { name: 'Sector' }), { target: { value: 'ROB' } });
    expect(screen.getAllByRole('row')[10]).toHaveTextContent('IFR, World Robotics 2024');
  });

  it('overrides a datum, marks it, undoes and resets it', () => {
    app.renderInApp(<SectorDataTable />);
    fireEvent.change(field('Base-year self-reliance — Chips'), { target: { value: '0.2' } });
    expect(chips()?.data).toEqual({ S0: 0.2 });
    expect(screen.getByText('1 sector datum overridden')).toBeInTheDocument();
    expect(screen.getAllByText('Overridden')).toHaveLength(1);
    fireEvent.change(field('Demand growth placed anew (new plants, new lines) — Chips'), {
      target: { value: '0.15' },
    });
    expect(chips()?.parameters).toEqual({ gNew: 0.15 });
    app.store.getState().undo();
    expect(chips()?.parameters).toBeUndefined();
    expect(chips()?.data).toEqual({ S0: 0.2 });
    fireEvent.click(screen.getByRole('button', { name: 'Reset Base-year self-reliance — Chips' }));
    expect(chips()).toBeUndefined();
  });

  it('refuses, as it is typed, a self-reliance the base year cannot hold, and says why', async () => {
    app.renderInApp(<SectorDataTable />);
    // Lithography: 17 years behind, κ 1: capability serves at most D(C0) ≈ 0.36 of demand.
    const limit = baseYearLimit(getCatalogue('default-2025')!, BASELINE, 'LITH')!.limit;
    fireEvent.change(screen.getByRole('combobox', { name: 'Sector' }), { target: { value: 'LITH' } });
    fireEvent.change(field('Base-year self-reliance — Lithography'), {
      target: { value: String(limit + 0.05) },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Too high for the base year: 17 years behind the frontier/);
    expect(alert).toHaveTextContent(`at most ${(Math.round(limit * 1e4) / 1e4).toString()}`);
    expect(app.store.getState().scenario!.sectors.LITH).toBeUndefined();
    fireEvent.change(field('Base-year self-reliance — Lithography'), {
      target: { value: String(limit - 0.01) },
    });
    expect(app.store.getState().scenario!.sectors.LITH?.data?.S0).toBeCloseTo(limit - 0.01, 12);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sector' }), { target: { value: 'IC' } });
    // A gap that would leave the base-year self-reliance above what capability serves is refused too.
    fireEvent.change(field('Capability lag (years behind the frontier) — Chips'), {
      target: { value: '90' },
    });
    await waitFor(() =>
      expect(screen.getAllByRole('alert').at(-1)).toHaveTextContent(/Lower the self-reliance first/),
    );
    expect(chips()).toBeUndefined();
  });

  it('speaks Chinese', async () => {
    await app.store.getState().setLanguage('zh-CN');
    app.renderInApp(<SectorDataTable />);
    expect(screen.getByRole('heading', { name: '行业数据' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('基年自给率');
    expect(field('基年自给率 — 芯片')).toBeInTheDocument();
  });
});
