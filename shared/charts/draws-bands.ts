import type { EChartsOption } from 'echarts';
import { BAND_ID_PREFIX } from './chart-parts';

/** The id of the series that gives the band key its legend entry (it draws nothing). */
export const BAND_KEY_ID = `${BAND_ID_PREFIX}key`;

/** Whether the chart draws any P10–P90 band (a band series with points; the key draws none). */
export function drawsBands(option: EChartsOption): boolean {
  const series =
    option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  return series.some(
    (entry) =>
      String(entry.id ?? '').startsWith(BAND_ID_PREFIX) &&
      entry.id !== BAND_KEY_ID &&
      ((entry as { data?: unknown[] }).data?.length ?? 0) > 0,
  );
}
