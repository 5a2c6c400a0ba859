import { getCatalogue, getPreset } from '../../../shared/catalogue';
import { buildComparison, runComparison } from '../../../shared/compare';
import type { Scenario } from '../../../shared/domain/scenario';

/** Baseline, Self-reliance push and Escalation compared against the Baseline, with a few Monte Carlo draws. */
export function threePresets(options: { readonly draws: number; readonly pushName?: string }) {
  const catalogue = getCatalogue('default-2025')!;
  const baseline = getPreset('baseline')!;
  const preset = getPreset('self-reliance-push')!;
  const push: Scenario = options.pushName === undefined ? preset : { ...preset, name: options.pushName };
  const escalation = getPreset('escalation')!;
  const outcomes = runComparison([baseline, push, escalation], catalogue, {
    referenceId: baseline.id,
    draws: options.draws,
  });
  if (!outcomes.ok) throw new Error('runs failed');
  const model = buildComparison(outcomes.value, catalogue, { referenceId: baseline.id, discountRate: 0.03 });
  return { catalogue, baseline, push, escalation, outcomes: outcomes.value, model };
}
