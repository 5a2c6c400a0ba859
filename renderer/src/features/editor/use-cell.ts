import { useMemo } from 'react';
import type { InputId } from '../../../../shared/domain/inputs';
import { effectiveSchedule } from '../../../../shared/packages/effective-schedule';
import { usePackageLookup } from '../../store/use-package-lookup';
import type { Schedule } from '../../../../shared/domain/schedule';
import { useApp } from '../../store';
import { useCatalogue } from '../../store/use-catalogue';
import { inputDefault } from '../../../../shared/domain/input-default';
import type { ScheduleShape } from '../../../../shared/domain/schedule-shape';
import { shapeOf } from '../../../../shared/domain/schedule-shape';

export interface CellState {
  readonly schedule: Schedule | undefined;
  readonly fallback: number;
  readonly shape: ScheduleShape;
  readonly baseYear: number;
  readonly horizon: number;
}

/**
 * One input of one sector in the edited scenario: the schedule it runs with (its own, or for a
 * restriction what its packages set), its default and shape.
 */
export function useCell(sector: string, input: InputId): CellState {
  const catalogue = useCatalogue();
  const lookup = usePackageLookup();
  // For a restriction the packages set, what they combine into (a stable object while nothing changes).
  const scenario = useApp((state) => state.shownScenario);
  const schedule = useMemo(
    () => (scenario ? effectiveSchedule(scenario, sector, input, catalogue, lookup) : undefined),
    [scenario, sector, input, catalogue, lookup],
  );
  const fallback = useApp((state) =>
    state.shownScenario ? inputDefault(catalogue, state.shownScenario, sector, input) : 0,
  );
  const baseYear = useApp((state) => state.shownScenario?.baseYear ?? catalogue.baseYear);
  const horizon = useApp((state) => state.shownScenario?.horizon ?? 15);
  const shape = useMemo(() => shapeOf(schedule, fallback, baseYear), [schedule, fallback, baseYear]);
  return { schedule, fallback, shape, baseYear, horizon };
}
