import type { EChartsOption } from 'echarts';
import { useEffect, useId } from 'react';
import { useEChart } from '../../components/use-echart';

/** One of the plan view's charts: the caption names it, ECharts' ARIA description tells it to screen readers. */
export function PlanChart({
  option,
  caption,
  height,
  testId,
}: {
  readonly option: EChartsOption;
  readonly caption: string;
  readonly height: number;
  readonly testId?: string;
}) {
  const { chart, mount } = useEChart();
  const captionId = useId();
  useEffect(() => {
    if (chart && !chart.isDisposed()) chart.setOption(option, { notMerge: true });
  }, [chart, option]);
  return (
    <figure className="plan-figure" aria-labelledby={captionId} data-testid={testId}>
      <figcaption id={captionId} className="plan-figure-caption">
        {caption}
      </figcaption>
      <div ref={mount} className="plan-chart" style={{ height }} />
    </figure>
  );
}
