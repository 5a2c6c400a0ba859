import type { LeverId } from '../../../../shared/domain/inputs';
import { LEVER_IDS } from '../../../../shared/domain/inputs';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { OptimizeProblem, Target, TargetTiming } from '../../../../shared/optimize';
import { DEFAULT_OPTIMIZE_DRAWS } from '../../../../shared/optimize';

export type TargetKind = 'S' | 'C' | 'aggregate' | 'chokepoints';
export const TARGET_KINDS: readonly TargetKind[] = ['S', 'C', 'aggregate', 'chokepoints'];
export const TARGET_TIMINGS: readonly TargetTiming[] = ['by', 'at'];

/** One target as typed: shares in per cent, chokepoints as a count. */
export interface TargetRow {
  readonly kind: TargetKind;
  readonly sector: string;
  readonly value: string;
  readonly year: string;
  /** In the year (`@`) or by it. */
  readonly timing: TargetTiming;
}

/** The question as the form holds it (text where the user types). */
export interface PlanForm {
  readonly startId: string;
  readonly targets: readonly TargetRow[];
  readonly confidence: string;
  readonly levers: readonly LeverId[];
  /** Empty: the default (the targets' sectors and their suppliers). */
  readonly sectors: readonly string[];
  readonly budget: string;
  readonly draws: string;
}

/** The target a new row starts with: IC's self-reliance at least 50 % by 2035. */
export const NEW_TARGET: TargetRow = { kind: 'S', sector: 'IC', value: '50', year: '2035', timing: 'by' };

export function initialForm(startId: string): PlanForm {
  return {
    startId,
    targets: [NEW_TARGET],
    confidence: '80',
    levers: [...LEVER_IDS],
    sectors: [],
    budget: '',
    draws: String(DEFAULT_OPTIMIZE_DRAWS),
  };
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/** The form's targets, or the 1-based number of the first one not filled in. */
export function formTargets(rows: readonly TargetRow[]): { targets: Target[] } | { invalid: number } {
  const targets: Target[] = [];
  for (const [i, row] of rows.entries()) {
    const value = numberOf(row.value);
    const year = numberOf(row.year);
    if (!Number.isFinite(value) || !Number.isInteger(year)) return { invalid: i + 1 };
    const quantity =
      row.kind === 'aggregate' || row.kind === 'chokepoints'
        ? { kind: row.kind }
        : { kind: row.kind, sector: row.sector };
    targets.push({
      quantity,
      value: row.kind === 'chokepoints' ? value : value / 100,
      year,
      timing: row.timing,
    });
  }
  return { targets };
}

/** The plan finder's problem from the form; the finder itself checks the values and names what is wrong. */
export function formProblem(form: PlanForm, scenario: Scenario): OptimizeProblem | { invalid: number } {
  const targets = formTargets(form.targets);
  if ('invalid' in targets) return targets;
  const budget = numberOf(form.budget);
  return {
    scenario,
    targets: targets.targets,
    confidence: numberOf(form.confidence) / 100,
    levers: form.levers,
    ...(form.sectors.length > 0 ? { sectors: form.sectors } : {}),
    ...(form.budget.trim() === '' ? {} : { budget }),
    draws: numberOf(form.draws),
  };
}
