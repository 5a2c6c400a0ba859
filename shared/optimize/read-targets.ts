import type { DrawSamples, SimulationResult } from '../engine';
import type { CheckedTarget } from './problem';

/** Reads one reported year of one draw (or of the central run). */
type Reader = (target: CheckedTarget, year: number) => number;

// A chokepoint count moves in whole steps; a tenth of a share per chokepoint keeps the two kinds of
// slack comparable when the pre-screen weighs them (a count of 0 → 10 spans what 0 → 1 of S does).
const CHOKEPOINT_SCALE = 0.1;

/**
 * How far the targets are met (≥ 0) or missed (< 0): the smallest, over the targets, of the best value
 * reached by the target year minus the target (ceilings the other way round). Meeting every target is
 * exactly a slack ≥ 0, so the pre-screen can steer by it.
 */
function slackOf(targets: readonly CheckedTarget[], read: Reader): number {
  let slack = Infinity;
  for (const target of targets) {
    const ceiling = target.quantity.kind === 'chokepoints';
    let best = ceiling ? Infinity : -Infinity;
    for (let y = 0; y <= target.index; y++) {
      const value = read(target, y);
      best = ceiling ? Math.min(best, value) : Math.max(best, value);
    }
    const own = ceiling ? (target.value - best) * CHOKEPOINT_SCALE : best - target.value;
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

/** Per draw of the samples, whether every target holds: 1 or 0, draw-major from `samples.from`. */
export function drawsMeeting(
  targets: readonly CheckedTarget[],
  samples: DrawSamples,
  sectorIds: readonly string[],
): Uint8Array {
  const { sectors, years } = samples;
  const count = samples.to - samples.from;
  const out = new Uint8Array(count);
  const sectorOf = targets.map((target) =>
    'sector' in target.quantity ? sectorIds.indexOf(target.quantity.sector) : -1,
  );
  for (let d = 0; d < count; d++) {
    out[d] =
      slackOf(targets, (target, y) => {
        const quantity = target.quantity;
        switch (quantity.kind) {
          case 'aggregate':
            return samples.aggregateS[d * years + y]!;
          case 'chokepoints':
            return samples.chokepointsOpen[d * years + y]!;
          default:
            return samples[quantity.kind][
              d * sectors * years + sectorOf[targets.indexOf(target)]! * years + y
            ]!;
        }
      }) >= 0
        ? 1
        : 0;
  }
  return out;
}
