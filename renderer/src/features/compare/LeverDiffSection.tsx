import { IdentitySwatch } from '../../components/IdentitySwatch';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartText } from '../../../../shared/charts';
import type { GroupedDifference } from '../../../../shared/compare';
import { groupDifferences } from '../../../../shared/compare';
import type { ScenarioDifference } from '../../../../shared/domain/scenario-diff';
import { useFormatters } from '../../i18n/format';
import { formatInputValue } from '../editor/input-format';
import type { ReadyComparison } from './comparison-state';

type Row = ScenarioDifference | GroupedDifference;

/**
 * Every input that differs from the reference, sector by sector and year by year (runs of equal years
 * merged), then data and parameter overrides; optionally with one change made in several sectors
 * listed once.
 */
export function LeverDiffSection({
  ready,
  text,
}: {
  readonly ready: ReadyComparison;
  readonly text: ChartText;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const groupId = useId();
  const [grouped, setGrouped] = useState(true);
  const { diffs, trajectories } = ready.model;
  const reference = ready.model.scenarios.find((scenario) => scenario.reference)!;
  const years = (row: Row) =>
    row.kind !== 'input'
      ? t('compare.diff.allYears')
      : row.fromYear === row.toYear
        ? String(row.fromYear)
        : t('compare.diff.years', { from: row.fromYear, to: row.toYear });
  const sectors = (row: Row) => {
    if ('sectors' in row)
      return row.allSectors ? t('compare.diff.allSectors') : row.sectors.map(text.sectorName).join(', ');
    return row.sector === undefined ? t('compare.diff.global') : text.sectorName(row.sector);
  };
  const value = (row: Row, side: 'a' | 'b') => {
    const number = row[side];
    if (number === undefined) return t('compare.diff.catalogueValue');
    return row.kind === 'input' ? formatInputValue(row.input, number, format) : format.number(number);
  };
  const what = (row: Row) =>
    row.kind === 'input'
      ? t(`inputs.${row.input}.name`)
      : t(row.kind === 'data' ? 'compare.diff.data' : 'compare.diff.parameter', { key: row.key });
  return (
    <div className="compare-diff">
      <div className="section-header">
        <h3 id={groupId} className="section-title">
          {t('compare.diff.heading')}
        </h3>
        <label className="checkbox">
          <input type="checkbox" checked={grouped} onChange={(event) => setGrouped(event.target.checked)} />
          <span>{t('compare.diff.group')}</span>
        </label>
      </div>
      {diffs.map((diff) => {
        const rows: Row[] = grouped
          ? groupDifferences(diff.differences, trajectories.sectorIds)
          : diff.differences;
        const caption = t('compare.diff.caption', { name: diff.label, reference: reference.label });
        if (rows.length === 0)
          return (
            <p key={diff.id} className="hint">
              {t('compare.diff.none', { name: diff.label, reference: reference.label })}
            </p>
          );
        return (
          <div key={diff.id} className="table-scroll compare-diff-table">
            <table className="data-table" data-testid="lever-diff">
              <caption>
                <IdentitySwatch slot={diff.colorIndex} />
                {caption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.diff.what')}</th>
                  <th scope="col">{t('compare.diff.sectors')}</th>
                  <th scope="col">{t('compare.diff.when')}</th>
                  <th scope="col" className="cell-number">
                    {reference.label}
                  </th>
                  <th scope="col" className="cell-number">
                    {diff.label}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{what(row)}</th>
                    <td>{sectors(row)}</td>
                    <td className="cell-nowrap">{years(row)}</td>
                    <td className="cell-number">{value(row, 'a')}</td>
                    <td className="cell-number">{value(row, 'b')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
