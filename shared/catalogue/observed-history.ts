import { HISTORY_CATALOGUE_2018 } from './history-2018';
import { CHOKEPOINTS_2018_SOURCE } from './history-2018/chokepoints';
import { OBSERVATION_DEFINITIONS, OBSERVATIONS } from './history-2018/observations';
import { OBSERVED_2018 } from './history-2018/sectors';
import type { LocalizedText, Sourced } from './types';

/** What the page's charts draw over the years, and may have observed values of. */
export type ObservedQuantity = 'S' | 'yearsBehind' | 'chokepointsOpen';

/** One observed value, in the unit the charts draw (a share, years behind, a count), with its source. */
export interface ObservedPoint extends Sourced {
  readonly year: number;
  readonly value: number;
  /** What the source measures (it may differ from the model's definition). */
  readonly definition: LocalizedText;
  /** How to read the value (a bound, an approximation, a change of source). */
  readonly note?: string;
}

/**
 * The observed record before `beforeYear`, in one place for every chart: the backtest's observations of
 * self-reliance (2015–2024), and the 2018 catalogue's data that were read from a source (not derived or
 * judged: a judgement is not an observation): self-reliance and years behind of a sector in 2018, and
 * the chokepoints open in 2018 (every item of the series). Empty when nothing was observed.
 */
export function observedHistory(
  quantity: ObservedQuantity,
  sectorId: string | undefined,
  beforeYear: number,
): readonly ObservedPoint[] {
  const points: ObservedPoint[] = [];
  const history = HISTORY_CATALOGUE_2018;
  if (quantity === 'chokepointsOpen') {
    if (sectorId === undefined) {
      const open = history.chokepoints.filter((item) => item.status !== 'solved').length;
      points.push({
        year: history.baseYear,
        value: open,
        definition: {
          en: 'chokepoint technologies of the series not yet mastered',
          zh: '系列报道所列尚未攻克的卡脖子技术',
        },
        ...CHOKEPOINTS_2018_SOURCE,
      });
    }
  } else if (sectorId !== undefined) {
    if (quantity === 'S') {
      for (const observation of OBSERVATIONS.filter((o) => o.sector === sectorId)) {
        const { year, value, source, confidence, note } = observation;
        const definition = OBSERVATION_DEFINITIONS[sectorId] ?? {
          en: observation.definition,
          zh: observation.definition,
        };
        points.push({ year, value, source, confidence, definition, ...(note ? { note } : {}) });
      }
    }
    const sector = history.sectors.find((candidate) => candidate.id === sectorId);
    const key = quantity === 'S' ? 'S0' : 'lag0';
    const observed = OBSERVED_2018[sectorId]?.includes(key) ?? false;
    const known = points.some((point) => point.year === history.baseYear);
    if (sector && observed && !known) {
      const { source, confidence } = sector.sources[key];
      points.push({
        year: history.baseYear,
        value: sector.data[key],
        definition: sector.definition,
        source,
        confidence,
      });
    }
  }
  return points.filter((point) => point.year < beforeYear).sort((a, b) => a.year - b.year);
}
