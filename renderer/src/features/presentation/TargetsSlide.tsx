import { useTranslation } from 'react-i18next';
import { IdentitySwatch } from '../../components/IdentitySwatch';
import type { ChartText } from '../../../../shared/charts';
import type { TargetCell } from '../../../../shared/compare';
import type { ReadyComparison } from '../compare/comparison-state';

/**
 * The targets as one compact table that fits a 1280×720 slide with four scenarios: a row per sector,
 * a column per target and scenario, each cell the year first reached (and the share of draws).
 */
export function TargetsSlide({ ready, text }: { readonly ready: ReadyComparison; readonly text: ChartText }) {
  const { t } = useTranslation();
  const table = ready.model.targets;
  const cell = (value: TargetCell) => {
    const year = value.year === null ? t('pictures.slides.notBy') : String(value.year);
    return value.probability === null ? year : `${year} (${text.format.percent(value.probability)})`;
  };
  return (
    <div className="slide-body">
      <p className="slide-note">{t('pictures.slides.targetsNote', { year: table.horizonYear })}</p>
      <table className="slide-targets" data-testid="slide-targets">
        <caption className="visually-hidden">
          {t('pictures.slides.targetsTitle', {
            targets: table.targets.map((target) => text.format.percent(target)).join(', '),
          })}
        </caption>
        <colgroup>
          <col className="slide-targets-sector-col" />
          {table.targets.flatMap((target) =>
            table.scenarios.map((scenario) => <col key={`${target}:${scenario.id}`} />),
          )}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('pictures.slides.sectorColumn')}
            </th>
            {table.targets.map((target) => (
              <th key={target} scope="colgroup" colSpan={table.scenarios.length}>
                {text.format.percent(target)}
              </th>
            ))}
          </tr>
          <tr>
            {table.targets.flatMap((target) =>
              table.scenarios.map((scenario) => (
                <th key={`${target}:${scenario.id}`} scope="col" className="slide-targets-scenario">
                  <IdentitySwatch slot={scenario.colorIndex} reference={scenario.reference} size="slide" />
                  <span className="slide-targets-name" title={scenario.label}>
                    {scenario.label}
                  </span>
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
                table.scenarios.map((scenario, i) => (
                  <td key={`${target}:${scenario.id}`}>{cell(row.cells[i]![k]!)}</td>
                )),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
