import { useMemo } from 'react';
import { getCatalogue } from '../../../../shared/catalogue';
import type { Catalogue } from '../../../../shared/catalogue/types';
import type { InputId } from '../../../../shared/domain/inputs';
import { scenarioSchedule } from '../../../../shared/domain/scenario';
import type { Schedule } from '../../../../shared/domain/schedule';
import { useApp } from '../../store';
import { inputDefault } from '../../store/scenario-edits';
import type { ScheduleShape } from './schedule-shape';
import { shapeOf } from './schedule-shape';

/** The catalogue of the edited scenario (the default one until a scenario is open). */
export function useCatalogue(): Catalogue {
  const id = useApp((state) => state.scenario?.catalogue ?? 'default-2025');
  return getCatalogue(id) ?? getCatalogue('default-2025')!;
}

export interface CellState {
  readonly schedule: Schedule | undefined;
  readonly fallback: number;
  readonly shape: ScheduleShape;
  readonly baseYear: number;
  readonly horizon: number;
}

/** One input of one sector in the edited scenario: its stored schedule, default and shape. */
export function useCell(sector: string, input: InputId): CellState {
  const catalogue = useCatalogue();
  const schedule = useApp((state) => (state.scenario ? scenarioSchedule(state.scenario, sector, input) : undefined));
  const fallback = useApp((state) => (state.scenario ? inputDefault(catalogue, state.scenario, sector, input) : 0));
  const baseYear = useApp((state) => state.scenario?.baseYear ?? catalogue.baseYear);
  const horizon = useApp((state) => state.scenario?.horizon ?? 15);
  const shape = useMemo(() => shapeOf(schedule, fallback, baseYear), [schedule, fallback, baseYear]);
  return { schedule, fallback, shape, baseYear, horizon };
}
