import type { Catalogue } from '../../shared/catalogue/types';
import type { ScheduleShape } from '../../shared/domain/schedule-shape';
import { INPUT_NAMES_EN } from '../../shared/history/english-language';
import type { FailureDrivers, PlanResult, Target } from '../../shared/optimize';
import { formatTarget } from '../../shared/optimize';
import type { UncertaintyId } from '../../shared/optimize/uncertainty-words';
import { uncertaintyWords } from '../../shared/optimize/uncertainty-words';

const money = (value: number) => `USD ${value.toFixed(1)} bn`;
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const number = (value: number) => String(Number(value.toPrecision(4)));

/** A change of confidence and of cost against the answer, in words. */
function stepChange(confidence: number, cost: number): string {
  const points = Math.round(confidence * 1000) / 10;
  const gain =
    points === 0
      ? 'the same confidence'
      : `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} points of confidence`;
  const spend =
    Math.abs(cost) < 0.05
      ? 'at the same cost'
      : cost > 0
        ? `for ${money(cost)} more`
        : `saving ${money(-cost)}`;
  return `${gain} ${spend}`;
}

/** A cost against the start's: a saving or extra spending, never a bare negative number. */
export function againstStart(cost: number, start: number): string {
  const difference = cost - start;
  if (Math.abs(difference) < 0.05) return 'the same as the starting scenario';
  return difference < 0
    ? `a saving of ${money(-difference)} against the starting scenario`
    : `${money(difference)} more than the starting scenario`;
}

function shapeText(shape: ScheduleShape): string {
  switch (shape.kind) {
    case 'constant':
      return number(shape.value);
    case 'step':
      return `${number(shape.from)}, then ${number(shape.to)} from ${shape.year}`;
    case 'ramp':
      return `ramp ${number(shape.from)} → ${number(shape.to)} over ${shape.startYear}–${shape.endYear}`;
    case 'custom':
      return shape.points.map((point) => `${point.year}: ${number(point.value)}`).join(', ');
  }
}

/** An uncertain value in words, with its symbol and unit in brackets: "leakage rate (λ_p, per year), Chips". */
export function uncertaintyText(value: UncertaintyId, catalogue: Catalogue): string {
  const words = uncertaintyWords(value, catalogue, 'en');
  const bracket = [words.symbol, words.unit].filter(Boolean).join(', ');
  const where =
    words.supplier !== undefined
      ? ` of ${words.sector} on ${words.supplier}`
      : words.sector !== undefined
        ? `, ${words.sector}`
        : '';
  return `${words.name} (${bracket})${where}`;
}

function driverText(box: FailureDrivers | null, catalogue: Catalogue): string[] {
  if (!box) return ['What breaks it: nothing to separate (no draw fails, or every draw does).'];
  const { holdout } = box;
  const lines = [
    `What breaks it: ${box.failures} of ${box.draws} draws miss a target (${holdout.failures} of ${holdout.draws} fresh draws, seed ${holdout.seed}).`,
  ];
  if (box.drivers.length === 0) {
    lines.push('  No uncertain value separates the failing draws on both sets of draws.');
    return lines;
  }
  lines.push(
    `  They concentrate where the values below hold: ${percent(box.coverage)} of the failures, and ${percent(box.density)} of the draws inside fail (all draws: ${percent(box.baseRate)}).`,
    `  On the fresh draws the same box holds ${percent(holdout.coverage)} of the failures, and ${percent(holdout.density)} of the draws inside fail (all draws: ${percent(holdout.baseRate)}).`,
  );
  for (const driver of box.drivers) {
    const range = [
      driver.low !== undefined ? `≥ ${number(driver.low)}` : '',
      driver.high !== undefined ? `≤ ${number(driver.high)}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    lines.push(
      `    ${uncertaintyText(driver, catalogue)} ${range}   (drawn ${number(driver.range[0])} – ${number(driver.range[1])})`,
    );
  }
  lines.push('  Separating failures on both sets of draws (|z| ≥ 2.5, search / fresh):');
  for (const entry of box.ranking.slice(0, 5))
    lines.push(
      `    ${uncertaintyText(entry, catalogue)}: fails when ${entry.failsWhen}, z ${entry.z.toFixed(1)} / ${entry.holdoutZ?.toFixed(1) ?? '–'}`,
    );
  lines.push(
    `  Peeling (coverage → density): ${box.trajectory
      .filter((_, i) => i % 3 === 0 || i === box.chosen)
      .map((step) => `${percent(step.coverage)} → ${percent(step.density)}`)
      .join('; ')}; box kept at step ${box.chosen}.`,
  );
  return lines;
}

function priceText(result: PlanResult, catalogue: Catalogue): string[] {
  if (result.priceOfConfidence.length === 0) return [];
  const sectorName = (id: string) => catalogue.sectors.find((sector) => sector.id === id)?.name.en ?? id;
  const step = (
    direction: string,
    step: { level: number; cost: number; confidence: number } | undefined,
  ): string =>
    step
      ? `${direction} to ${number(step.level)}: ${stepChange(step.confidence - result.confidence, step.cost - result.cost)}`
      : `${direction}: at the end of its range`;
  const lines = [
    'Why this package (the price of confidence: one lever a step down or up, the others held, same draws):',
  ];
  for (const entry of result.priceOfConfidence)
    lines.push(
      `  ${INPUT_NAMES_EN[entry.lever]} in ${sectorName(entry.sector)} at ${number(entry.level)}: ${step('lower', entry.down)}; ${step('raise', entry.up)}.`,
    );
  return lines;
}

/** The plan finder's answer as text: in lever, sector and parameter names, costs against the start. */
export function planText(
  result: PlanResult,
  scenarioName: string,
  targets: readonly Target[],
  catalogue: Catalogue,
): string {
  const sectorName = (id: string) => catalogue.sectors.find((sector) => sector.id === id)?.name.en ?? id;
  const asked = `${targets.map(formatTarget).join(', ')} in ${percent(result.problem.confidence)} of ${result.problem.draws} draws`;
  const lines = [`Plan for "${scenarioName}": ${asked}`];
  if (result.stopped === 'time')
    lines.push('The time limit stopped the search: this is the best package found until then.');
  lines.push(
    result.feasible
      ? `Feasible: met in ${percent(result.confidence)} of the draws for ${money(result.cost)} of fiscal cost (cumulative, discounted at ${percent(result.problem.discountRate)}), ${againstStart(result.cost, result.start.cost)}. Packages within ${money(result.problem.costTolerance)} of the least cost found count as least-cost; this is the most confident of them.`
      : `Not reachable${result.limitedBy === 'budget' ? ' within the budget' : ' within the levers’ ranges'}: the best package found meets the targets in ${percent(result.confidence)} of the draws for ${money(result.cost)} of fiscal cost.`,
  );
  if (result.shortfall)
    for (const entry of result.shortfall)
      lines.push(
        `  ${entry.target}: ${number(entry.reached)} is reached in ${percent(result.problem.confidence)} of the draws; ${number(entry.value)} in ${percent(entry.confidence)}.`,
      );
  lines.push(
    `Other costs of the plan (not minimised): disruption ${money(result.otherCosts.disruption)}, substitution ${money(result.otherCosts.substitution)}.`,
    `The starting scenario: met in ${percent(result.start.confidence)} of the draws; fiscal ${money(result.start.cost)}, disruption ${money(result.start.disruption)}, substitution ${money(result.start.substitution)}.`,
  );
  if (result.robustness) {
    const { robustness } = result;
    lines.push(
      `On ${robustness.draws} fresh draws (seed ${robustness.seed}): met in ${percent(robustness.confidence)}${robustness.meets ? '' : ', below the asked confidence'}.${
        robustness.fragile
          ? ` Fragile: the answer meets the confidence by ${robustness.dependsOn} draw${robustness.dependsOn === 1 ? '' : 's'}; another seed may not.`
          : ''
      }`,
    );
  }
  lines.push('', `${'sector'.padEnd(22)}${'lever'.padEnd(22)}${'plan'.padEnd(12)}start`);
  for (const entry of result.package) {
    const plan = entry.leftAlone ? 'left alone' : number(entry.level);
    lines.push(
      `${sectorName(entry.sector).slice(0, 21).padEnd(22)}${INPUT_NAMES_EN[entry.lever].padEnd(22)}${plan.padEnd(12)}${shapeText(entry.startShape)}`,
    );
  }
  const alone = result.package.filter((entry) => entry.leftAlone);
  if (alone.length > 0)
    lines.push(
      `Left alone (changing them changed neither cost nor confidence): ${alone.map((entry) => `${INPUT_NAMES_EN[entry.lever]} in ${sectorName(entry.sector)}`).join(', ')}.`,
    );
  if (!result.feasible) {
    lines.push('');
    lines.push(
      result.bindingBounds.length > 0
        ? `Binding bounds (at the top of their range, and one step lower meets the targets in fewer draws): ${result.bindingBounds
            .map(
              (bound) =>
                `${INPUT_NAMES_EN[bound.lever]} in ${sectorName(bound.sector)} (−${percent(bound.effect)})`,
            )
            .join(', ')}.`
        : result.limitedBy === 'budget'
          ? `The budget binds (${money(result.problem.budget!)}).`
          : 'No lever’s upper bound binds: the failing draws fail whatever these levers do (see what breaks it).',
    );
  }
  if (result.unstableCandidates > 0)
    lines.push(
      `${result.unstableCandidates} candidate packages were refused: a draw was numerically unstable even at the smallest step.`,
    );
  const price = priceText(result, catalogue);
  if (price.length > 0) lines.push('', ...price);
  lines.push('', ...driverText(result.failureDrivers, catalogue), '');
  lines.push(
    `Frontier (fiscal cost → confidence): ${result.frontier.map((point) => `${money(point.cost)} → ${percent(point.confidence)}`).join('; ')}`,
  );
  return `${lines.join('\n')}\n`;
}
