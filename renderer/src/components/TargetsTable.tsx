import { useTranslation } from 'react-i18next';
import type { ChartText } from '../../../shared/charts';
import type { TargetCell, TargetsTable as Targets } from '../../../shared/compare';
import { showsProbability } from '../../../shared/compare';
import { IdentitySwatch } from './IdentitySwatch';

interface TargetsTableProps {
  readonly table: Targets;
  readonly text: ChartText;
  /**
   * `page`: the compare view's table, each year with its share of draws below it; `slide`: the same
   * table compact enough for a slide with four scenarios, each cell "year (share)".
   */
  readonly density: 'page' | 'slide';
}

/**
 * The targets table of a comparison, the one drawing of it in the interface (Compare and its slide):
 * a row per sector, a column per target and scenario, each cell the first year the scenario reaches the
 * target ("not by" the horizon otherwise) and the share of Monte Carlo draws that reach it by then,
 * shown where a draw reaches it (`showsProbability`, as the deck and the report: no "not by (0 %)").
 */
export function TargetsTable({ table, text, density }: TargetsTableProps) {
  const { t } = useTranslation();
  const slide = density === 'slide';
  const horizon = table.horizonYear;
  const percent = text.format.percent;
  const year = (cell: TargetCell) =>
    cell.year !== null
      ? String(cell.year)
      : slide
        ? t('pictures.slides.notBy')
        : t('compare.targets.notBy', { year: horizon });
  const cell = (value: TargetCell) =>
    slide ? (
      !showsProbability(value) ? (
        year(value)
      ) : (
        `${year(value)} (${percent(value.probability!)})`
      )
    ) : (
      <>
        <span className="compare-target-year">{year(value)}</span>
        {!showsProbability(value) ? null : (
          <span className="compare-target-probability">
            {t('compare.targets.probability', { p: percent(value.probability!) })}
          </span>
        )}
      </>
    );
  return (
    <table
      className={slide ? 'slide-targets' : 'data-table compare-targets'}
      data-testid={slide ? 'slide-targets' : 'targets-table'}
    >
      <caption className="visually-hidden">
        {slide
          ? t('pictures.slides.targetsTitle', { targets: text.format.list(table.targets.map(percent)) })
          : t('compare.targets.caption', { year: horizon })}
      </caption>
      {slide ? (
        <colgroup>
          <col className="slide-targets-sector-col" />
          {table.targets.flatMap((target) =>
            table.scenarios.map((scenario) => <col key={`${target}:${scenario.id}`} />),
          )}
        </colgroup>
      ) : null}
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {slide ? t('pictures.slides.sectorColumn') : t('compare.targets.sector')}
          </th>
          {table.targets.map((target) => (
            <th
              key={target}
              scope="colgroup"
              colSpan={table.scenarios.length}
              className={slide ? undefined : 'compare-target-group'}
            >
              {slide ? percent(target) : t('compare.targets.reach', { target: percent(target) })}
            </th>
          ))}
        </tr>
        <tr>
          {table.targets.flatMap((target) =>
            table.scenarios.map((scenario) => (
              <th
                key={`${target}:${scenario.id}`}
                scope="col"
                className={slide ? 'slide-targets-scenario' : 'cell-number'}
              >
                <IdentitySwatch
                  slot={scenario.colorIndex}
                  reference={scenario.reference}
                  size={slide ? 'slide' : 'normal'}
                />
                {slide ? (
                  <span className="slide-targets-name" title={scenario.label}>
                    {scenario.label}
                  </span>
                ) : scenario.reference ? (
                  t('compare.referenceName', { name: scenario.label })
                ) : (
                  scenario.label
                )}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.sector}>
            <th scope="row">{text.sectorName(row.sector)}</th>
            {table.targets.flatMap((target, k) =>
              table.scenarios.map((scenario, i) => {
                const value = row.cells[i]![k]!;
                return (
                  <td
                    key={`${target}:${scenario.id}`}
                    className={
                      slide ? undefined : `cell-number ${value.year === null ? 'compare-target-missed' : ''}`
                    }
                  >
                    {cell(value)}
                  </td>
                );
              }),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
