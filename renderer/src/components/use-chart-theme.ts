import { useMemo } from 'react';
import type { ChartTheme } from '../../../shared/charts';
import { chartTheme } from '../../../shared/charts';
import { readChartColors } from './echarts';
import { useColorScheme } from './use-color-scheme';

/**
 * The shared charts' theme: the scenario identities of the page's scheme (light or dark) with the
 * page's chrome, or the presentation theme (the same identities on white, whatever the page's scheme:
 * projectors wash dark backgrounds out).
 */
export function useChartTheme(mode: 'standard' | 'presentation'): ChartTheme {
  const scheme = useColorScheme();
  return useMemo(() => {
    if (mode === 'presentation' || typeof document === 'undefined') return chartTheme(mode);
    const colors = readChartColors();
    return chartTheme(
      'standard',
      {
        text: colors.text,
        muted: colors.muted,
        grid: colors.grid,
        axis: colors.axis,
        background: colors.surface,
      },
      scheme,
    );
  }, [mode, scheme]);
}
