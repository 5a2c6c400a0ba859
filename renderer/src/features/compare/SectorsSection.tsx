import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  sectorMultiplesHeight,
  sectorMultiplesOption,
  unitLabel,
  withComparisonObserved,
} from '../../../../shared/charts';
import { useApp } from '../../store';
import type { SectionProps } from './chart-props';
import { CompareChart } from './CompareChart';
import { useCompareMarkers } from './use-compare-markers';
import { useWidth } from '../../components/use-width';

const CELL_HEIGHT = 150;

function columnsFor(width: number): number {
  return width >= 900 ? 4 : width >= 640 ? 3 : width >= 420 ? 2 : 1;
}

/** Small multiples, one panel per sector on shared axes: every scenario's self-reliance (or capability) and band. */
export const SectorsSection = memo(function SectorsSection({ ready, theme, text }: SectionProps) {
  const { t } = useTranslation();
  const markers = useCompareMarkers();
  const headingId = useId();
  const variable = useApp((state) => state.compareOptions.variable);
  const bands = useApp((state) => state.compareOptions.bands);
  const setOptions = useApp((state) => state.setCompareOptions);
  const showObserved = useApp((state) => state.showObserved);
  const setShowObserved = useApp((state) => state.setShowObserved);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = useWidth(box) || 960;
  const columns = columnsFor(width);
  const { trajectories } = ready.model;
  const option = useMemo(() => {
    const plain = sectorMultiplesOption(
      trajectories,
      { variable, bands, columns, cellHeight: CELL_HEIGHT, width },
      theme,
      text,
    );
    // Only self-reliance has an observed record (the 2018 gaps are judgement, not observations).
    if (!showObserved || variable !== 'S') return plain;
    const chart = { quantity: 'S', sectorIds: trajectories.sectorIds } as const;
    return withComparisonObserved(plain, chart, { years: trajectories.years, width }, theme, text);
  }, [trajectories, variable, bands, columns, width, theme, text, showObserved]);
  const caption = variable === 'S' ? t('compare.sectors.titleS') : t('compare.sectors.titleC');
  return (
    <section className="compare-section" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId} className="section-title">
          {t('compare.sectors.heading')}
        </h2>
        <div className="compare-controls">
          <fieldset className="compare-inline-group">
            <legend className="visually-hidden">{t('compare.sectors.variable')}</legend>
            {(['S', 'C'] as const).map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name="compare-variable"
                  checked={variable === value}
                  onChange={() => setOptions({ variable: value })}
                />
                <span>
                  {value === 'S' ? t('compare.sectors.selfReliance') : t('compare.sectors.capability')}
                </span>
              </label>
            ))}
          </fieldset>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={bands}
              onChange={(event) => setOptions({ bands: event.target.checked })}
            />
            <span>{t('compare.sectors.bands')}</span>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showObserved}
              onChange={(event) => setShowObserved(event.target.checked)}
            />
            <span>{t('trajectories.showObserved')}</span>
          </label>
        </div>
      </div>
      <div ref={setBox}>
        <CompareChart
          markers={markers}
          option={option}
          height={sectorMultiplesHeight(trajectories.sectorIds.length, { columns, cellHeight: CELL_HEIGHT })}
          caption={caption}
          fileName={caption}
          unit={unitLabel('share', text)}
          testId="compare-sectors-chart"
        />
      </div>
    </section>
  );
});
