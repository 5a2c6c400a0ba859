import { distributionShapeProblem } from './distribution-support';
import type { Catalogue } from './types';

/**
 * Cross-checks of the upstream dependencies ω: existing, distinct sectors, one weight per pair, and
 * weights whose every draw keeps the effort factor 1 − ω·U within [0, 1].
 */
export function checkDependencies(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const sectorIds = new Set(catalogue.sectors.map((sector) => sector.id));
  const seen = new Map<string, number>();

  // Every draw of ω must keep the effort factor 1 − ω·U at or above 0, so ω × (largest multiplier) ≤ 1.
  const distribution = catalogue.dependencyDistribution;
  let largestMultiplier = 1;
  const shapeProblem = distributionShapeProblem(distribution);
  if (shapeProblem) {
    problems.push(`dependencyDistribution: ${shapeProblem}`);
  } else if (distribution.kind === 'uniform-multiplier') {
    largestMultiplier = distribution.max;
  } else if (distribution.kind !== 'fixed') {
    problems.push(
      `dependencyDistribution: must be "fixed" or "uniform-multiplier" (bounded), got "${distribution.kind}"`,
    );
  }

  catalogue.dependencies.forEach((dependency, index) => {
    const at = `dependencies[${index}]`;
    const { buyer, supplier, weight } = dependency;
    if (!sectorIds.has(buyer)) problems.push(`${at}.buyer: unknown sector "${buyer}"`);
    if (!sectorIds.has(supplier)) problems.push(`${at}.supplier: unknown sector "${supplier}"`);
    if (buyer === supplier) problems.push(`${at}.supplier: a sector cannot depend on itself ("${buyer}")`);

    const pair = `${buyer}←${supplier}`;
    const earlier = seen.get(pair);
    if (earlier !== undefined)
      problems.push(`${at}: duplicate dependency ${pair} (also dependencies[${earlier}])`);
    else seen.set(pair, index);

    if (!(weight >= 0 && weight * largestMultiplier <= 1)) {
      problems.push(
        `${at}.weight: ${weight} must lie in [0, ${round(1 / largestMultiplier)}] so that every draw (×${largestMultiplier}) stays within [0, 1]`,
      );
    }
  });
  return problems;
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}
