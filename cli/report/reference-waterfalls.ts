import type { Catalogue } from '../../shared/catalogue/types';
import type { ComparisonModel, CompareError, Waterfall } from '../../shared/compare';
import { attributionWaterfall, runAttribution } from '../../shared/compare';
import type { Scenario } from '../../shared/domain/scenario';
import type { Result } from '../../shared/result';
import { ok } from '../../shared/result';

/**
 * Why each scenario differs from the reference (the first) in aggregate self-reliance at the horizon:
 * one attribution per other scenario, 2^k runs for its k differing lever groups.
 */
export function referenceWaterfalls(
  scenarios: readonly Scenario[],
  model: ComparisonModel,
  catalogue: Catalogue,
): Result<Waterfall[], CompareError> {
  const [reference, ...others] = scenarios;
  const end = (scenario: Scenario) => ({
    id: scenario.id,
    label: model.scenarios.find((entry) => entry.id === scenario.id)!.label,
  });
  const out: Waterfall[] = [];
  for (const other of others) {
    const attribution = runAttribution(reference!, other, catalogue);
    if (!attribution.ok) return attribution;
    const waterfall = attributionWaterfall(attribution.value, {
      output: { kind: 'aggregateS' },
      year: model.horizonYear,
      reference: end(reference!),
      other: end(other),
    });
    if (!waterfall.ok) return waterfall;
    out.push(waterfall.value);
  }
  return ok(out);
}
