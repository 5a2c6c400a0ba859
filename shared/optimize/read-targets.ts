import type { DrawSamples, SimulationResult } from '../engine';
import type { CheckedTarget } from './problem';

/** Reads one reported year of one draw (or of the central run). */
type Reader = (target: CheckedTarget, year: number) => number;

// A chokepoint count moves in whole steps; a tenth of a share per chokepoint keeps the two kinds of
// slack comparable when the pre-screen weighs them (a count of 0 → 10 spans what 0 → 1 of S does).
const CHOKEPOINT_SCALE = 0.1;

/**
 * The value a target is judged on: the reported value in the target year (`at`), or the best value of
 * the years after the base year up to it (`by`: the base year, index 0, is history and never counts).
 */
export function targetReading(target: CheckedTarget, read: Reader): number {
  if (target.timing === 'at') return read(target, target.index);
  const ceiling = target.quantity.kind === 'chokepoints';
  let best = ceiling ? Infinity : -Infinity;
  for (let y = 1; y <= target.index; y++) {
    const value = read(target, y);
    best = ceiling ? Math.min(best, value) : Math.max(best, value);
  }
  return best;
}

/**
 * How far the targets are met (≥ 0) or missed (< 0): the smallest, over the targets, of the value
 * judged (see targetReading) minus the target (ceilings the other way round). Meeting every target is
 * exactly a slack ≥ 0, so the pre-screen can steer by it.
 */
function slackOf(targets: readonly CheckedTarget[], read: Reader): number {
  let slack = Infinity;
  for (const target of targets) {
    const value = targetReading(target, read);
    const own =
      target.quantity.kind === 'chokepoints'
        ? (target.value - value) * CHOKEPOINT_SCALE
        : value - target.value;
    slack = Math.min(slack, own);
  }
  return slack;
}

/** The slack of a deterministic run (see `slackOf`). */
export function runSlack(targets: readonly CheckedTarget[], run: SimulationResult): number {
  const years = run.years.length;
  return slackOf(targets, (target, y) => {
    const quantity = target.quantity;
    switch (quantity.kind) {
      case 'aggregate':
        return run.aggregateS[y]!;
      case 'chokepoints':
        return run.chokepointsOpen[y]!;
      default:
        return run[quantity.kind][run.sectorIds.indexOf(quantity.sector) * years + y]!;
    }
  });
}

/** A reader of draw `d` of the samples (draw-major, counted from `samples.from`). */
function drawReader(
  targets: readonly CheckedTarget[],
  samples: DrawSamples,
  sectorIds: readonly string[],
): (d: number) => Reader {
  const { sectors, years } = samples;
  const sectorOf = new Map(
    targets.map((target) => [
      target,
      'sector' in target.quantity ? sectorIds.indexOf(target.quantity.sector) : -1,
    ]),
  );
  return (d) => (target, y) => {
    const quantity = target.quantity;
    switch (quantity.kind) {
      case 'aggregate':
        return samples.aggregateS[d * years + y]!;
      case 'chokepoints':
        return samples.chokepointsOpen[d * years + y]!;
      default:
        return samples[quantity.kind][d * sectors * years + sectorOf.get(target)! * years + y]!;
    }
  };
}

/** Per draw of the samples, whether every target holds: 1 or 0, draw-major from `samples.from`. */
export function drawsMeeting(
  targets: readonly CheckedTarget[],
  samples: DrawSamples,
  sectorIds: readonly string[],
): Uint8Array {
  const count = samples.to - samples.from;
  const out = new Uint8Array(count);
  const reader = drawReader(targets, samples, sectorIds);
  for (let d = 0; d < count; d++) out[d] = slackOf(targets, reader(d)) >= 0 ? 1 : 0;
  return out;
}

/** Per target, per draw of the samples, the value the target is judged on (see targetReading). */
export function drawTargetValues(
  targets: readonly CheckedTarget[],
  samples: DrawSamples,
  sectorIds: readonly string[],
): Float64Array[] {
  const count = samples.to - samples.from;
  const reader = drawReader(targets, samples, sectorIds);
  return targets.map((target) =>
    Float64Array.from({ length: count }, (_, d) => targetReading(target, reader(d))),
  );
}
