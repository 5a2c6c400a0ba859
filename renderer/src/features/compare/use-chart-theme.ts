import { useMemo } from 'react';
import type { ChartTheme } from '../../../../shared/charts';
import { chartTheme } from '../../../../shared/charts';
import { readChartColors } from '../../components/echarts';
import { useColorScheme } from '../../components/use-color-scheme';

/**
 * The shared charts' theme: the standard palette with the page's light or dark chrome, or the
 * presentation theme (high contrast on white, whatever the page's scheme: projectors wash dark
 * backgrounds out).
 */
export function useChartTheme(mode: 'standard' | 'presentation'): ChartTheme {
  const scheme = useColorScheme();
  return useMemo(() => {
    if (mode === 'presentation' || typeof document === 'undefined') return chartTheme(mode);
    const colors = readChartColors();
    // The scheme is read from CSS; naming it here recomputes the colours when it changes.
    void scheme;
    return chartTheme('standard', {
      text: colors.text,
      muted: colors.muted,
      grid: colors.grid,
      axis: colors.axis,
      background: colors.surface,
    });
  }, [mode, scheme]);
}
