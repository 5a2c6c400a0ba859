import { createContext, useContext } from 'react';
import type { ChartText, ChartTheme, Provenance } from '../../../../shared/charts';

/** What every chart export of a comparison says about itself besides its own title and unit. */
export interface ChartExportInfo {
  readonly text: ChartText;
  readonly theme: ChartTheme;
  /** The compared scenarios as the legend names them, the reference marked. */
  readonly legendNames: readonly string[];
  /** Their names for file names, the reference first. */
  readonly fileNames: readonly string[];
  readonly provenance: Provenance;
}

export const ChartExportContext = createContext<ChartExportInfo | null>(null);

export function useChartExportInfo(): ChartExportInfo | null {
  return useContext(ChartExportContext);
}
