import { productName } from '../text/app-name';
import type { EChartsOption } from 'echarts';
import type { ComparedTrajectories } from '../compare/trajectories';
import { drawsBands } from './draws-bands';
import type { ChartText } from './chart-text';

/** Where the numbers come from, for every chart export, slide, deck, workbook and report. */
export interface Provenance {
  readonly appVersion: string;
  readonly modelVersion: number;
  /** Monte Carlo draws behind the bands and probabilities shown, or null when only deterministic runs are. */
  readonly draws: number | null;
  readonly seed: number | null;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
}

/**
 * The provenance of what a comparison shows, read from the comparison itself: draws and seed whenever
 * any scenario has its bands (and so its target probabilities), whatever the caller believed it had
 * asked for. A source line saying "deterministic runs" under a chart with bands was the lie this
 * prevents: the bands are the evidence.
 */
export function comparisonProvenance(
  trajectories: Pick<ComparedTrajectories, 'draws' | 'seed'>,
  release: { readonly appVersion: string; readonly modelVersion: number; readonly date: string },
): Provenance {
  const banded = trajectories.draws !== null && trajectories.draws > 0 && trajectories.seed !== null;
  return {
    ...release,
    draws: banded ? trajectories.draws : null,
    seed: banded ? trajectories.seed : null,
  };
}

/** The provenance of a picture that shows no band or probability: its numbers are the central runs'. */
export function withoutDraws(provenance: Provenance): Provenance {
  return { ...provenance, draws: null, seed: null };
}

/**
 * The provenance of one exported chart: the draws are named when the chart shows bands; a chart of
 * central runs only (costs, or bands switched off) says so.
 */
export function chartProvenance(option: EChartsOption, provenance: Provenance): Provenance {
  return drawsBands(option) ? provenance : withoutDraws(provenance);
}

/** Whether the numbers shown include Monte Carlo bands or probabilities. */
export function hasDraws(provenance: Provenance): boolean {
  return provenance.draws !== null && provenance.draws > 0 && provenance.seed !== null;
}

/**
 * The one source line: "Source: Chokepoint Planner 0.1.0, model v3, 500 draws, seed 42, 2026-12-03", or
 * "…, deterministic runs, …" only when no band or probability is shown.
 */
export function sourceLine(provenance: Provenance, text: ChartText): string {
  const common = {
    name: productName(text.language),
    app: provenance.appVersion,
    model: provenance.modelVersion,
    date: provenance.date,
  };
  return hasDraws(provenance)
    ? text.t('export.source', { ...common, draws: provenance.draws!, seed: provenance.seed! })
    : text.t('export.sourceDeterministic', common);
}

/** Today as YYYY-MM-DD in local time (the date a reader expects on an export). */
export function isoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
