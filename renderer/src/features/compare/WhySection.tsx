import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outputUnitLabel, waterfallOption } from '../../../../shared/charts';
import type { SectionProps } from './chart-props';
import { CompareChart } from './CompareChart';
import { describeCompare } from './describe-compare-error';
import { LeverDiffSection } from './LeverDiffSection';
import { useWaterfall } from './use-waterfall';
import { useWidth } from '../../components/use-width';
import { WaterfallTable } from './WaterfallTable';
import { WhyControls } from './WhyControls';

/**
 * Why a scenario differs from the reference: the exact Shapley contribution of each lever group to
 * the difference in the chosen output and year, as a waterfall and as a table, then the inputs that
 * differ.
 */
export const WhySection = memo(function WhySection({ ready, theme, text }: SectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { attribution, waterfall, otherId, year, caption } = useWaterfall(ready, text);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = useWidth(box) || 760;
  const option = useMemo(
    () => (waterfall?.ok ? waterfallOption(waterfall.value, { width }, theme, text) : null),
    [waterfall, width, theme, text],
  );
  const { model } = ready;
  return (
    <section className="compare-section" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId} className="section-title">
          {t('compare.why.heading')}
        </h2>
        <WhyControls
          others={model.scenarios.filter((scenario) => !scenario.reference)}
          otherId={otherId}
          sectorIds={model.trajectories.sectorIds}
          years={model.trajectories.years}
          year={year}
          text={text}
        />
      </div>
      <p className="section-intro">{t('compare.why.intro')}</p>
      <div className="compare-why" aria-busy={attribution.kind === 'running'}>
        {attribution.kind === 'running' ? <p className="hint">{t('compare.why.running')}</p> : null}
        {attribution.kind === 'failed' ? (
          <p role="alert" className="error-text">
            {describeCompare(attribution.error, t)}
          </p>
        ) : null}
        {waterfall && !waterfall.ok ? (
          <p role="alert" className="error-text">
            {describeCompare(waterfall.error, t)}
          </p>
        ) : null}
        {waterfall?.ok && option ? (
          <div className="compare-why-body">
            {/* The chart's own width: the category labels wrap to it. */}
            <div ref={setBox}>
              <CompareChart
                option={option}
                height={340}
                caption={caption}
                fileName={t('compare.why.file')}
                unit={outputUnitLabel(waterfall.value.output, text)}
                exportScenarios={[
                  t('compare.referenceName', { name: waterfall.value.reference.label }),
                  waterfall.value.other.label,
                ]}
                testId="compare-waterfall-chart"
              />
            </div>
            <WaterfallTable waterfall={waterfall.value} text={text} caption={caption} />
          </div>
        ) : null}
      </div>
      <LeverDiffSection ready={ready} />
    </section>
  );
});
