import { useCallback, useMemo } from 'react';
import type { InputId } from '../../../../shared/domain/inputs';
import { effectiveSchedule } from '../../../../shared/packages/effective-schedule';
import { usePackageLookup } from '../../store/use-package-lookup';
import { useCatalogue } from '../../store/use-catalogue';
import { useScenarioView } from '../../store/use-scenario-view';
import type { InputState, ScheduleReader } from '../../../../shared/domain/edit-input';
import { readInput, sameInputState, shapeOfInput } from '../../../../shared/domain/edit-input';
import type { ScheduleShape } from '../../../../shared/domain/schedule-shape';

export interface CellState extends InputState {
  readonly shape: ScheduleShape;
  /** How the cell's edits read the input: for a restriction, with what its packages set. */
  readonly read: ScheduleReader;
}

/**
 * One input of one sector in the edited scenario: the schedule it runs with (its own, or for a
 * restriction what its packages set), its default and shape, derived from the store's scenario.
 */
export function useCell(sector: string, input: InputId): CellState {
  const catalogue = useCatalogue();
  const lookup = usePackageLookup();
  const read = useCallback<ScheduleReader>(
    (scenario, sectorId, inputId) => effectiveSchedule(scenario, sectorId, inputId, catalogue, lookup),
    [catalogue, lookup],
  );
  const derive = useCallback(
    (scenario: Parameters<ScheduleReader>[0]) => readInput(scenario, catalogue, { sector, input }, read),
    [catalogue, sector, input, read],
  );
  const state = useScenarioView(derive, sameInputState, {
    schedule: undefined,
    fallback: 0,
    baseYear: catalogue.baseYear,
    horizon: 15,
  });
  const shape = useMemo(() => shapeOfInput(state), [state]);
  return { ...state, shape, read };
}
