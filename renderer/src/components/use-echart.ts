import type { RefCallback } from 'react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartColors, EChart } from './echarts';
import { createChart, readChartColors } from './echarts';
import { useColorScheme } from './use-color-scheme';

interface ChartState {
  readonly chart: EChart | null;
  readonly colors: ChartColors | null;
}

/**
 * An ECharts instance on the element the returned ref is attached to. It is recreated when the
 * language changes (ECharts takes its locale at creation) or the colour scheme does (colours are read
 * from CSS), resized with its box, and disposed with the element.
 */
export function useEChart(vector = false): ChartState & { mount: RefCallback<HTMLDivElement> } {
  const { i18n } = useTranslation();
  const scheme = useColorScheme();
  const language = i18n.language;
  const [state, setState] = useState<ChartState>({ chart: null, colors: null });
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return undefined;
      const chart = createChart(element, language, vector);
      setState({ chart, colors: readChartColors() });
      const observer =
        typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => chart.resize());
      observer?.observe(element);
      return () => {
        observer?.disconnect();
        chart.dispose();
        setState({ chart: null, colors: null });
      };
    },
    // The scheme is a dependency so that colours are read again after it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [language, scheme, vector],
  );
  return { ...state, mount: ref };
}
