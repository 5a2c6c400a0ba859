import { useMemo } from 'react';
import { getCatalogue } from '../../../../shared/catalogue';
import type { Catalogue } from '../../../../shared/catalogue/types';
import type { InputId } from '../../../../shared/domain/inputs';
import { scenarioSchedule } from '../../../../shared/domain/scenario';
import type { Schedule } from '../../../../shared/domain/schedule';
import { useApp } from '../../store';
import { inputDefault } from '../../../../shared/domain/input-default';
import type { ScheduleShape } from '../../../../shared/domain/schedule-shape';
import { shapeOf } from '../../../../shared/domain/schedule-shape';

/** The catalogue of the edited scenario (the default one until a scenario is open). */
export function useCatalogue(): Catalogue {
  const id = useApp((state) => state.shownScenario?.catalogue ?? 'default-2025');
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
  const schedule = useApp((state) =>
    state.shownScenario ? scenarioSchedule(state.shownScenario, sector, input) : undefined,
  );
  const fallback = useApp((state) =>
    state.shownScenario ? inputDefault(catalogue, state.shownScenario, sector, input) : 0,
  );
  const baseYear = useApp((state) => state.shownScenario?.baseYear ?? catalogue.baseYear);
  const horizon = useApp((state) => state.shownScenario?.horizon ?? 15);
  const shape = useMemo(() => shapeOf(schedule, fallback, baseYear), [schedule, fallback, baseYear]);
  return { schedule, fallback, shape, baseYear, horizon };
}
