import { useCallback } from 'react';
import type { CompareError } from '../../../../shared/compare';
import { buildDeck } from '../../../../shared/deck/build-deck';
import { slidePlan } from '../../../../shared/deck/slide-plan';
import type { Result } from '../../../../shared/result';
import { ok } from '../../../../shared/result';
import { useAppStore } from '../../store';
import { otherScenario } from '../../store/compare-selection';
import type { ChartExportInfo } from './chart-export';
import type { ReadyComparison } from './comparison-state';
import { explainedWaterfall } from './report-html';
import { useCompareEngine } from './use-compare-engine';
import { useExportInputs } from './use-export-inputs';
import { whyOutput, whyYear } from './why-output';

/**
 * Builds the comparison's PowerPoint deck on demand: the slides of presentation mode with native
 * charts (shared/deck), the attribution from the worker. pptxgenjs (and JSZip, which finishes its chart
 * parts) are loaded only when asked for.
 */
export function useDeck(
  ready: ReadyComparison,
  title: string,
  info: ChartExportInfo | null,
): () => Promise<Result<Uint8Array, CompareError>> {
  const gather = useExportInputs(ready, info);
  const store = useAppStore();
  const engine = useCompareEngine();
  return useCallback(async () => {
    const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([
      import('pptxgenjs'),
      import('jszip'),
    ]);
    const { language, provenance } = gather();
    const { slideSectors, showObserved, compareOtherId, compareOptions, compareDocs } = store.getState();
    // The "why" slide explains what the Why section and presentation mode's slide explain: the scenario
    // chosen under "Explain", in the output and year chosen there.
    const selection = { ids: ready.model.scenarios.map((s) => s.id), referenceId: ready.model.referenceId };
    const explained = otherScenario(selection, compareOtherId);
    const { sectorIds, years } = ready.model.trajectories;
    const waterfall =
      explained === null
        ? ok(null)
        : await explainedWaterfall(
            { ready, docs: compareDocs, engine },
            explained,
            whyOutput(compareOptions, sectorIds),
            whyYear(compareOptions, years),
          );
    if (!waterfall.ok) return waterfall;
    const bytes = await buildDeck(
      {
        language,
        catalogue: ready.catalogue,
        model: ready.model,
        title,
        waterfall: waterfall.value,
        provenance,
        // The sectors chosen for the slides (presentation mode's set-up), every one unless chosen.
        slides: slidePlan(ready.model.trajectories.sectorIds, slideSectors ?? undefined),
        ...(slideSectors === null ? {} : { sectors: slideSectors }),
        // The observed record as the page shows it: unless its toggle hides it.
        observed: showObserved,
      },
      () => new PptxGenJS(),
      (zip) => JSZip.loadAsync(zip),
    );
    return ok(bytes);
  }, [ready, title, gather, store, engine]);
}
