import type { Catalogue } from '../catalogue/types';
import { inputDefault } from './input-default';
import type { InputId } from './inputs';
import { INPUT_IDS } from './inputs';
import { DATA_KEYS } from './parameter-keys';
import type { Scenario } from './scenario';
import { scenarioSchedule } from './scenario';
import { scheduleValueAt } from './schedule';

/** One input that differs between two scenarios over a run of consecutive years. */
export interface InputDifference {
  readonly kind: 'input';
  readonly sector: string;
  readonly input: InputId;
  readonly fromYear: number;
  readonly toYear: number;
  readonly a: number;
  readonly b: number;
}

/** A data or parameter override that differs (undefined: the catalogue value). */
export interface OverrideDifference {
  readonly kind: 'data' | 'parameter';
  /** Undefined for global parameters. */
  readonly sector?: string;
  readonly key: string;
  readonly a: number | undefined;
  readonly b: number | undefined;
}

export type ScenarioDifference = InputDifference | OverrideDifference;

/**
 * Every input that differs between `a` and `b`, sector by sector and year by year (runs of equal
 * differences merged), over the longer of the two horizons, then every differing override.
 * Unset inputs count as their base-year defaults, so "unset" and "set to the default" are equal.
 */
export function diffScenarios(a: Scenario, b: Scenario, catalogue: Catalogue): ScenarioDifference[] {
  const out: ScenarioDifference[] = [];
  const first = Math.min(a.baseYear, b.baseYear);
  const last = Math.max(a.baseYear + a.horizon, b.baseYear + b.horizon);
  for (const sector of catalogue.sectors) {
    for (const input of INPUT_IDS) {
      const valueIn = (scenario: Scenario, year: number): number => {
        const fallback = inputDefault(catalogue, scenario, sector.id, input);
        const schedule = scenarioSchedule(scenario, sector.id, input);
        return schedule === undefined ? fallback : scheduleValueAt(schedule, year, fallback);
      };
      let open: { fromYear: number; a: number; b: number } | undefined;
      const close = (toYear: number): void => {
        if (open)
          out.push({
            kind: 'input',
            sector: sector.id,
            input,
            fromYear: open.fromYear,
            toYear,
            a: open.a,
            b: open.b,
          });
        open = undefined;
      };
      for (let year = first; year <= last; year++) {
        const va = valueIn(a, year);
        const vb = valueIn(b, year);
        if (open && (open.a !== va || open.b !== vb)) close(year - 1);
        if (va !== vb && !open) open = { fromYear: year, a: va, b: vb };
      }
      close(last);
    }
    for (const key of DATA_KEYS) {
      const va = a.sectors[sector.id]?.data?.[key];
      const vb = b.sectors[sector.id]?.data?.[key];
      if (va !== vb) out.push({ kind: 'data', sector: sector.id, key, a: va, b: vb });
    }
    const keys = new Set([
      ...Object.keys(a.sectors[sector.id]?.parameters ?? {}),
      ...Object.keys(b.sectors[sector.id]?.parameters ?? {}),
    ]);
    for (const key of [...keys].sort()) {
      const va = a.sectors[sector.id]?.parameters?.[key as 'nu'];
      const vb = b.sectors[sector.id]?.parameters?.[key as 'nu'];
      if (key === 'omega') {
        const suppliers = new Set([
          ...Object.keys(a.sectors[sector.id]?.parameters?.omega ?? {}),
          ...Object.keys(b.sectors[sector.id]?.parameters?.omega ?? {}),
        ]);
        for (const supplier of [...suppliers].sort()) {
          const wa = a.sectors[sector.id]?.parameters?.omega?.[supplier];
          const wb = b.sectors[sector.id]?.parameters?.omega?.[supplier];
          if (wa !== wb)
            out.push({ kind: 'parameter', sector: sector.id, key: `omega.${supplier}`, a: wa, b: wb });
        }
      } else if (va !== vb) {
        out.push({ kind: 'parameter', sector: sector.id, key, a: va, b: vb });
      }
    }
  }
  const globals = new Set([...Object.keys(a.parameters ?? {}), ...Object.keys(b.parameters ?? {})]);
  for (const key of [...globals].sort()) {
    const va = a.parameters?.[key as 'nu'];
    const vb = b.parameters?.[key as 'nu'];
    if (va !== vb) out.push({ kind: 'parameter', key, a: va, b: vb });
  }
  return out;
}
