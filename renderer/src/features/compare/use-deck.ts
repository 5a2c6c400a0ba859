import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareError } from '../../../../shared/compare';
import { slidePlan } from '../../../../shared/deck/slide-plan';
import { buildDeck } from '../../../../shared/deck/build-deck';
import type { Result } from '../../../../shared/result';
import { ok } from '../../../../shared/result';
import { useAppStore } from '../../store';
import type { ChartExportInfo } from './chart-export';
import type { ReadyComparison } from './comparison-state';
import { referenceWaterfalls } from './report-html';
import { chartLanguage } from './use-chart-text';
import { drawsOf, useCompareEngine } from './use-compare-engine';

/**
 * Builds the comparison's PowerPoint deck on demand: the slides of presentation mode with native
 * charts (shared/deck), the attribution from the worker. pptxgenjs is loaded only when asked for.
 */
export function useDeck(
  ready: ReadyComparison,
  title: string,
  info: ChartExportInfo | null,
): () => Promise<Result<Uint8Array, CompareError>> {
  const { i18n } = useTranslation();
  const store = useAppStore();
  const engine = useCompareEngine();
  return useCallback(async () => {
    const state = store.getState();
    const waterfalls = await referenceWaterfalls({
      ready,
      docs: state.compareDocs,
      engine,
      language: chartLanguage(i18n.language),
      appVersion: state.appInfo?.version ?? '',
      draws: drawsOf(state),
      source: '',
    });
    if (!waterfalls.ok) return waterfalls;
    const { default: PptxGenJS } = await import('pptxgenjs');
    const bytes = await buildDeck(
      {
        language: chartLanguage(i18n.language),
        catalogue: ready.catalogue,
        model: ready.model,
        title,
        waterfall: waterfalls.value[0] ?? null,
        provenance: info?.provenance ?? {
          appVersion: state.appInfo?.version ?? '',
          modelVersion: 0,
          draws: null,
          seed: null,
          date: '',
        },
        // The sectors chosen for the slides (presentation mode's set-up), every one unless chosen.
        slides: slidePlan(ready.model.trajectories.sectorIds, state.slideSectors ?? undefined),
        ...(state.slideSectors === null ? {} : { sectors: state.slideSectors }),
      },
      () => new PptxGenJS(),
    );
    return ok(bytes);
  }, [ready, title, info, store, engine, i18n.language]);
}

/** Bytes as base64 (the save channel carries binary files as base64 text). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
