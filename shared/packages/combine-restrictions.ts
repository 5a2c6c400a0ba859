import type { Schedule, StepPoint } from '../domain/schedule';
import { scheduleValueAt } from '../domain/schedule';

/** Where a year's restriction level comes from. */
export type RestrictionSource =
  { readonly kind: 'default' } | { readonly kind: 'package'; readonly id: string } | { readonly kind: 'own' };

/** One package's schedule in one sector, as the scenario applies it. */
export interface PackageLayer {
  readonly id: string;
  /** The package's year: a constant schedule holds from it. */
  readonly year: number;
  readonly schedule: Schedule;
}

/** Everything that sets one sector's restriction in one scenario, bottom to top. */
export interface RestrictionLayers {
  readonly baseYear: number;
  /** The level no layer covers: the sector's r0 (the catalogue's, or the scenario's data override). */
  readonly fallback: number;
  /** In the order the scenario lists them: a later package lies on top of an earlier one. */
  readonly packages: readonly PackageLayer[];
  /** The scenario's own schedule, on top of every package. */
  readonly own?: Schedule;
}

/** A step of the combined schedule and the layer it comes from. */
export interface ResolvedStep extends StepPoint {
  readonly source: RestrictionSource;
}

interface Layer {
  readonly source: RestrictionSource;
  /** The first year the layer covers. */
  readonly from: number;
  readonly points: readonly StepPoint[];
}

const pointsOf = (schedule: Schedule, from: number): readonly StepPoint[] =>
  typeof schedule === 'number' ? [{ year: from, value: schedule }] : schedule;

function packageLayer(layer: PackageLayer, baseYear: number): Layer | undefined {
  // Steps before the base year are history the base year's data (r0) already read: they are dropped.
  const points = pointsOf(layer.schedule, layer.year).filter((point) => point.year >= baseYear);
  const first = points[0];
  return first ? { source: { kind: 'package', id: layer.id }, from: first.year, points } : undefined;
}

function stack(layers: RestrictionLayers): Layer[] {
  const { baseYear, fallback, packages, own } = layers;
  const out: Layer[] = [
    { source: { kind: 'default' }, from: -Infinity, points: [{ year: baseYear, value: fallback }] },
  ];
  for (const layer of packages) {
    const covering = packageLayer(layer, baseYear);
    if (covering) out.push(covering);
  }
  if (own !== undefined) {
    const points = pointsOf(own, baseYear);
    out.push({ source: { kind: 'own' }, from: Math.min(points[0]!.year, baseYear), points });
  }
  return out;
}

/**
 * The combining rule (model.md, "Restriction packages"): the layers of a sector's restriction lie
 * one on top of the other — the catalogue's r0 at the bottom, then the packages in the order the
 * scenario lists them, then the scenario's own schedule — and each layer covers the years from its
 * first step on. A year's level is the level of the topmost layer that covers it. Values are levels,
 * not increments, so a relaxing package (a truce, a licence) is a package with lower levels. The
 * result starts at the base year and has a step only where the level changes, each named by the
 * layer it comes from.
 */
export function combineRestriction(layers: RestrictionLayers): ResolvedStep[] {
  const { baseYear } = layers;
  const stacked = stack(layers);
  const years = new Set<number>([baseYear]);
  for (const layer of stacked) {
    for (const point of layer.points) if (point.year > baseYear) years.add(point.year);
  }
  const steps: ResolvedStep[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    let top = stacked[0]!;
    for (const layer of stacked) if (layer.from <= year) top = layer;
    const value = scheduleValueAt(top.points, year, Number.NaN);
    const last = steps[steps.length - 1];
    if (last === undefined || last.value !== value) steps.push({ year, value, source: top.source });
  }
  return steps;
}

/** The combined schedule as a scenario schedule (step points from the base year). */
export function combinedSchedule(steps: readonly ResolvedStep[]): StepPoint[] {
  return steps.map(({ year, value }) => ({ year, value }));
}
