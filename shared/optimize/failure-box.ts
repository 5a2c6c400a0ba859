/** One uncertain value with its draw-by-draw values (a Monte Carlo column). */
export interface UncertainColumn {
  readonly key: string;
  readonly kind: 'parameter' | 'data' | 'omega';
  readonly sector?: string;
  readonly supplier?: string;
  readonly values: ArrayLike<number>;
}

/** One side or both of a box restriction: failures concentrate where the value is below `high` / above `low`. */
export interface FailureDriver {
  readonly key: string;
  readonly kind: 'parameter' | 'data' | 'omega';
  readonly sector?: string;
  readonly supplier?: string;
  /** The box keeps draws with the value ≥ low (absent: no lower limit). */
  readonly low?: number;
  /** The box keeps draws with the value ≤ high (absent: no upper limit). */
  readonly high?: number;
  /** The smallest and largest value over all draws. */
  readonly range: readonly [number, number];
  /** How much the box's density falls when this limit is dropped: the driver's weight. */
  readonly importance: number;
}

/**
 * The box of scenario discovery: the draws inside it fail with `density`, and it holds a share
 * `coverage` of all failing draws. `baseRate` is the failure share over all draws, for comparison.
 */
/** One box along the peeling: what share of the failures it holds and what share of its draws fail. */
export interface PeelStep {
  readonly coverage: number;
  readonly density: number;
  readonly inBox: number;
}

/** The box measured on other draws than those it was found on. */
export interface BoxCheck {
  readonly seed: number;
  readonly draws: number;
  readonly failures: number;
  readonly baseRate: number;
  readonly coverage: number;
  readonly density: number;
  readonly inBox: number;
}

export interface FailureBox {
  readonly drivers: readonly FailureDriver[];
  /**
   * The uncertain values that separate failing from passing draws on their own (|z| at least the
   * screen's, 2.5), strongest first.
   */
  readonly ranking: readonly RankedUncertainty[];
  /** The peeling trajectory from the whole set of draws (coverage 1) inward; `chosen` marks the box kept. */
  readonly trajectory: readonly PeelStep[];
  readonly chosen: number;
  readonly coverage: number;
  readonly density: number;
  readonly inBox: number;
  readonly failures: number;
  readonly draws: number;
  readonly baseRate: number;
}

/** One uncertain value's separation of failing and passing draws (Mann–Whitney). */
export interface RankedUncertainty {
  readonly key: string;
  readonly kind: 'parameter' | 'data' | 'omega';
  readonly sector?: string;
  readonly supplier?: string;
  /** Probability that a failing draw has the larger value than a passing one (0.5: no separation). */
  readonly auc: number;
  /** Failures come with high values of it, or with low ones. */
  readonly failsWhen: 'high' | 'low';
  /** The separation in standard errors (|z| of the rank-sum test). */
  readonly z: number;
  /** The same on the hold-out draws, when the ranking was checked on them. */
  readonly holdoutZ?: number;
}

export interface BoxOptions {
  /** Only values separating failures by at least this many standard errors on their own are peeled. */
  readonly minZ?: number;
  readonly maxColumns?: number;
  /** Share of the box peeled per step (PRIM's α). */
  readonly peel?: number;
  /** Stop peeling when the box holds fewer draws than this share of all (PRIM's β). */
  readonly minSupport?: number;
  /** A limit that raises the density by less than this is dropped. */
  readonly minImportance?: number;
  readonly maxDrivers?: number;
  /** Only columns whose ranking entry passes this are shown and peeled (e.g. significant on fresh draws too). */
  readonly keep?: (entry: RankedUncertainty & { readonly column: number }) => boolean;
}

function identity(column: UncertainColumn) {
  return {
    key: column.key,
    kind: column.kind,
    ...(column.sector !== undefined ? { sector: column.sector } : {}),
    ...(column.supplier !== undefined ? { supplier: column.supplier } : {}),
  };
}

/** Rank-sum (Mann–Whitney) separation of every column, strongest first; ties share their mean rank. */
export function rankUncertainties(
  columns: readonly UncertainColumn[],
  failed: ArrayLike<number>,
): (RankedUncertainty & { readonly column: number })[] {
  const n = failed.length;
  let fails = 0;
  for (let d = 0; d < n; d++) fails += failed[d]!;
  const passes = n - fails;
  const spread = Math.sqrt((fails * passes * (n + 1)) / 12);
  const ranked = columns.map((column, j) => {
    const order = Array.from({ length: n }, (_, d) => d).sort(
      (a, b) => column.values[a]! - column.values[b]!,
    );
    let rankSum = 0;
    for (let start = 0; start < n;) {
      let end = start;
      while (end + 1 < n && column.values[order[end + 1]!] === column.values[order[start]!]) end++;
      const meanRank = (start + end) / 2 + 1;
      for (let r = start; r <= end; r++) if (failed[order[r]!]) rankSum += meanRank;
      start = end + 1;
    }
    const u = rankSum - (fails * (fails + 1)) / 2;
    const auc = u / (fails * passes);
    return {
      ...identity(column),
      column: j,
      auc,
      failsWhen: auc >= 0.5 ? ('high' as const) : ('low' as const),
      z: spread > 0 ? Math.abs(u - (fails * passes) / 2) / spread : 0,
    };
  });
  return ranked.sort((a, b) => b.z - a.z);
}

type Bounds = Map<number, { low: number; high: number }>;

function inside(columns: readonly UncertainColumn[], bounds: Bounds, draw: number, skip = -1): boolean {
  for (const [j, { low, high }] of bounds) {
    if (j === skip) continue;
    const value = columns[j]!.values[draw]!;
    if (value < low || value > high) return false;
  }
  return true;
}

function densityOf(
  columns: readonly UncertainColumn[],
  bounds: Bounds,
  failed: ArrayLike<number>,
  skip = -1,
): { count: number; failures: number } {
  let count = 0;
  let failures = 0;
  for (let d = 0; d < failed.length; d++) {
    if (!inside(columns, bounds, d, skip)) continue;
    count++;
    failures += failed[d]!;
  }
  return { count, failures };
}

/**
 * Scenario discovery in the spirit of PRIM (Friedman and Fisher 1999): peel the box a little at a time
 * along whichever uncertain value most raises the share of failing draws left inside, keep the box on
 * that path with the best coverage × density, then drop limits that barely matter so the answer reads
 * as a few ranges. Returns null when no draw fails or every draw does (nothing separates them); the
 * box has no drivers when no value separates the failures on its own.
 */
export function findFailureBox(
  allColumns: readonly UncertainColumn[],
  failed: ArrayLike<number>,
  options: BoxOptions = {},
): FailureBox | null {
  const n = failed.length;
  let total = 0;
  for (let d = 0; d < n; d++) total += failed[d]!;
  if (total === 0 || total === n || allColumns.length === 0) return null;
  // Screen first: with a few hundred draws and a hundred columns, peeling on every column finds boxes
  // in the noise. Only values that separate failures on their own (|z| ≥ 2.5, p ≈ 0.01) are peeled.
  const significant = rankUncertainties(allColumns, failed).filter(
    (entry) => entry.z >= (options.minZ ?? 2.5) && (options.keep?.(entry) ?? true),
  );
  const columns = significant.slice(0, options.maxColumns ?? 10).map((entry) => allColumns[entry.column]!);
  const shownRanking = significant.slice(0, 10).map(({ column: _column, ...entry }) => entry);
  const alpha = options.peel ?? 0.05;
  const minCount = Math.max(5, Math.ceil((options.minSupport ?? 0.05) * n));
  const minImportance = options.minImportance ?? 0.02;

  let box = Array.from({ length: n }, (_, d) => d);
  let boxFailures = total;
  const bounds: Bounds = new Map();
  // Coverage times the lift of the density over the base rate: the full box scores 0, and a box
  // gains both by holding many of the failures and by holding few of the passes.
  const score = (count: number, failures: number) => (failures / total) * (failures / count - total / n);
  let best = { bounds: new Map(bounds), score: score(n, total), step: 0 };
  const trajectory: PeelStep[] = [{ coverage: 1, density: total / n, inBox: n }];

  while (box.length > minCount && boxFailures < box.length) {
    let peel: { j: number; low: number; high: number; keep: number[]; failures: number } | undefined;
    const k = Math.max(1, Math.floor(alpha * box.length));
    columns.forEach((column, j) => {
      const sorted = box.map((d) => column.values[d]!).sort((a, b) => a - b);
      const current = bounds.get(j) ?? { low: -Infinity, high: Infinity };
      for (const side of ['low', 'high'] as const) {
        const cut = side === 'low' ? sorted[k]! : sorted[sorted.length - 1 - k]!;
        const keep = box.filter((d) =>
          side === 'low' ? column.values[d]! >= cut : column.values[d]! <= cut,
        );
        if (keep.length === box.length || keep.length < minCount) continue;
        let failures = 0;
        for (const d of keep) failures += failed[d]!;
        const better =
          !peel ||
          failures / keep.length > peel.failures / peel.keep.length + 1e-12 ||
          (Math.abs(failures / keep.length - peel.failures / peel.keep.length) <= 1e-12 &&
            keep.length > peel.keep.length);
        if (better) {
          peel = {
            j,
            low: side === 'low' ? cut : current.low,
            high: side === 'high' ? cut : current.high,
            keep,
            failures,
          };
        }
      }
    });
    if (!peel || peel.failures / peel.keep.length <= boxFailures / box.length) break;
    bounds.set(peel.j, { low: peel.low, high: peel.high });
    box = peel.keep;
    boxFailures = peel.failures;
    const now = score(box.length, boxFailures);
    trajectory.push({ coverage: boxFailures / total, density: boxFailures / box.length, inBox: box.length });
    if (now > best.score) best = { bounds: new Map(bounds), score: now, step: trajectory.length - 1 };
  }

  // Pasting: peels remove a twentieth at a time and can overshoot; move each limit back out, one draw
  // at a time, while that raises the score.
  const chosen = best.bounds;
  for (let pasted = true; pasted;) {
    pasted = false;
    for (const [j, limits] of chosen) {
      for (const side of ['low', 'high'] as const) {
        const bound = limits[side];
        if (!Number.isFinite(bound)) continue;
        let next = side === 'low' ? -Infinity : Infinity;
        for (let d = 0; d < n; d++) {
          const value = columns[j]!.values[d]!;
          if (!inside(columns, chosen, d, j)) continue;
          if (side === 'low' && value < bound) next = Math.max(next, value);
          if (side === 'high' && value > bound) next = Math.min(next, value);
        }
        if (!Number.isFinite(next)) continue;
        const here = densityOf(columns, chosen, failed);
        chosen.set(j, { ...limits, [side]: next });
        const wider = densityOf(columns, chosen, failed);
        if (score(wider.count, wider.failures) > score(here.count, here.failures) + 1e-12) {
          pasted = true;
          limits[side] = next;
        } else {
          chosen.set(j, limits);
        }
      }
    }
  }

  // Drop the limits that matter least, one at a time, while dropping costs little density.
  for (;;) {
    const here = densityOf(columns, chosen, failed);
    let weakest: { j: number; loss: number } | undefined;
    for (const j of chosen.keys()) {
      const without = densityOf(columns, chosen, failed, j);
      const loss = here.failures / here.count - without.failures / without.count;
      if (!weakest || loss < weakest.loss) weakest = { j, loss };
    }
    if (!weakest || (weakest.loss >= minImportance && chosen.size <= (options.maxDrivers ?? 4))) break;
    chosen.delete(weakest.j);
  }

  const final = densityOf(columns, chosen, failed);
  const drivers = [...chosen].map(([j, { low, high }]): FailureDriver => {
    const column = columns[j]!;
    const without = densityOf(columns, chosen, failed, j);
    let min = Infinity;
    let max = -Infinity;
    for (let d = 0; d < n; d++) {
      min = Math.min(min, column.values[d]!);
      max = Math.max(max, column.values[d]!);
    }
    return {
      ...identity(column),
      ...(low > min ? { low } : {}),
      ...(high < max ? { high } : {}),
      range: [min, max],
      importance: final.failures / final.count - without.failures / without.count,
    };
  });
  drivers.sort((a, b) => b.importance - a.importance);
  return {
    drivers,
    ranking: shownRanking,
    trajectory,
    chosen: best.step,
    coverage: final.failures / total,
    density: final.failures / final.count,
    inBox: final.count,
    failures: total,
    draws: n,
    baseRate: total / n,
  };
}

/** Which draws a box's limits keep, on any set of draws with the same columns. */
function insideBox(
  drivers: readonly FailureDriver[],
  columns: readonly UncertainColumn[],
  draw: number,
): boolean {
  for (const driver of drivers) {
    const column = columns.find(
      (entry) =>
        entry.key === driver.key &&
        entry.kind === driver.kind &&
        entry.sector === driver.sector &&
        entry.supplier === driver.supplier,
    );
    if (!column) return false;
    const value = column.values[draw]!;
    if (
      (driver.low !== undefined && value < driver.low) ||
      (driver.high !== undefined && value > driver.high)
    )
      return false;
  }
  return true;
}

/** The box's coverage and density on other draws (a hold-out set): how well it holds up off its own draws. */
export function checkBox(
  drivers: readonly FailureDriver[],
  columns: readonly UncertainColumn[],
  failed: ArrayLike<number>,
  seed: number,
): BoxCheck {
  const n = failed.length;
  let failures = 0;
  let inBox = 0;
  let failuresIn = 0;
  for (let d = 0; d < n; d++) {
    failures += failed[d]!;
    if (!insideBox(drivers, columns, d)) continue;
    inBox++;
    failuresIn += failed[d]!;
  }
  return {
    seed,
    draws: n,
    failures,
    baseRate: failures / n,
    coverage: failures > 0 ? failuresIn / failures : 0,
    density: inBox > 0 ? failuresIn / inBox : 0,
    inBox,
  };
}
