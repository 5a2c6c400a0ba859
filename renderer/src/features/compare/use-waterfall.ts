import { useMemo } from 'react';
import type { ChartMessageKey, ChartText } from '../../../../shared/charts';
import { outputLabel } from '../../../../shared/charts';
import type { CompareError, CompareOutput, Waterfall } from '../../../../shared/compare';
import { attributionWaterfall } from '../../../../shared/compare';
import type { Result } from '../../../../shared/result';
import { useApp } from '../../store';
import { otherScenario } from '../../store/compare-selection';
import type { ReadyComparison } from './comparison-state';
import type { AttributionState } from './use-attribution';
import { useAttribution } from './use-attribution';
import { whyOutput, whyYear } from './why-output';

// A key of the shared chart messages (not the app's catalogue): the same title as the report's.
const WATERFALL_TITLE: ChartMessageKey = 'title.waterfall';

export interface WaterfallState {
  readonly attribution: AttributionState;
  readonly waterfall: Result<Waterfall, CompareError> | null;
  readonly otherId: string;
  readonly output: CompareOutput;
  readonly year: number;
  /** "Why Escalation differs from Baseline: aggregate self-reliance, 2040". */
  readonly caption: string;
}

/**
 * The waterfall of the chosen scenario against the reference, for the chosen output and year, from
 * the worker's attribution (asked once per pair of scenarios; output and year are read from it).
 */
export function useWaterfall(ready: ReadyComparison, text: ChartText): WaterfallState {
  const chosen = useApp((state) => state.compareOtherId);
  const options = useApp((state) => state.compareOptions);
  const { model } = ready;
  // The selection as this comparison has it (the store's may be a step ahead while this one renders).
  const selection = { ids: model.scenarios.map((scenario) => scenario.id), referenceId: model.referenceId };
  const otherId = otherScenario(selection, chosen) ?? '';
  // The library's documents: stable while bands arrive, so the attribution is asked for once.
  const reference = useApp((state) => state.compareDocs[model.referenceId]);
  const other = useApp((state) => state.compareDocs[otherId]);
  const attribution = useAttribution(reference, other);
  const { years, sectorIds } = model.trajectories;
  const output = whyOutput(options, sectorIds);
  const outputKey = JSON.stringify(output);
  const year = whyYear(options, years);
  const label = (id: string) => model.scenarios.find((scenario) => scenario.id === id)?.label ?? id;
  const waterfall = useMemo(
    () =>
      attribution.kind === 'done'
        ? attributionWaterfall(attribution.attribution, {
            output: JSON.parse(outputKey) as CompareOutput,
            year,
            reference: { id: model.referenceId, label: label(model.referenceId) },
            other: { id: otherId, label: label(otherId) },
          })
        : null,
    // `label` reads `model`, which is a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [attribution, outputKey, year, model, otherId],
  );
  const caption = text.t(WATERFALL_TITLE, {
    other: label(otherId),
    reference: label(model.referenceId),
    output: outputLabel(output, text),
    year,
  });
  return {
    attribution,
    waterfall,
    otherId,
    output,
    year,
    caption: caption.charAt(0).toUpperCase() + caption.slice(1),
  };
}
