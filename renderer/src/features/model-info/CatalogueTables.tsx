import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getCatalogue, parameterDefault } from '../../../../shared/catalogue';
import type { Catalogue, Distribution } from '../../../../shared/catalogue/types';
import { DATA_KEYS } from '../../../../shared/domain/parameter-keys';
import { useFormatters } from '../../i18n/format';
import type { Formatters } from '../../i18n/format';
import { defaultText } from '../editor/ParameterRow';

export const CATALOGUE: Catalogue = getCatalogue('default-2025')!;

function Confidence({ level }: { readonly level: 'H' | 'M' | 'L' }) {
  const { t } = useTranslation();
  return (
    <span className={`confidence confidence-${level}`} title={t(`confidence.${level}`)}>
      {level}
      <span className="visually-hidden"> ({t(`confidence.${level}`)})</span>
    </span>
  );
}

function distribution(d: Distribution, f: Formatters, t: TFunction): string {
  switch (d.kind) {
    case 'fixed':
      return t('model.dist.fixed');
    case 'uniform':
      return `U[${f.number(d.min)}, ${f.number(d.max)}]`;
    case 'uniform-rounded':
      return `U[${f.number(d.min)}, ${f.number(d.max)}] ${t('model.dist.rounded')}`;
    case 'uniform-multiplier':
      return `×U[${f.number(d.min)}, ${f.number(d.max)}]`;
    case 'triangular':
      return `tri(${f.number(d.min)}, ${f.number(d.mode)}, ${f.number(d.max)})`;
    case 'discrete':
      return `{${d.values.map(f.number).join(', ')}}`;
    case 'lognormal-multiplier':
      return `×/÷ lognormal σ = ${f.fixed(d.sigma, 2)}`;
  }
}

/** Every parameter of the catalogue, in the user's language. */
export function ParameterTable() {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('model.parametersCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('model.parametersCaption')}</caption>
        <thead>
          <tr>
            {[
              'key',
              'symbol',
              'meaning',
              'default',
              'range',
              'monteCarlo',
              'unit',
              'scope',
              'source',
              'confidence',
            ].map((column) => (
              <th key={column} scope="col">
                {t(`model.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CATALOGUE.parameters.map((p) => (
            <tr key={p.key}>
              <td>
                <code>{p.key}</code>
              </td>
              <td>{p.symbol}</td>
              <th scope="row">{f.text(p.name)}</th>
              <td>{defaultText(p, f.number)}</td>
              <td className="cell-nowrap">
                {f.number(p.range.min)} – {f.number(p.range.max)}
              </td>
              <td className="cell-nowrap">{distribution(p.distribution, f, t)}</td>
              <td>{f.text(p.unit)}</td>
              <td>{t(`model.scope.${p.scope}`)}</td>
              <td className="cell-source">{p.source}</td>
              <td>
                <Confidence level={p.confidence} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Sector data with the source and confidence of every datum. */
export function SectorTable() {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('model.sectorsCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('model.sectorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('model.column.sector')}</th>
            {DATA_KEYS.map((key) => (
              <th key={key} scope="col" className="cell-number" title={t(`model.data.${key}`)}>
                {key}
              </th>
            ))}
            <th scope="col">{t('model.column.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {CATALOGUE.sectors.map((sector) => (
            <tr key={sector.id}>
              <th scope="row">
                {f.text(sector.name)} <code>{sector.id}</code>
                <span className="sector-definition">{f.text(sector.definition)}</span>
              </th>
              {DATA_KEYS.map((key) => (
                <td key={key} className="cell-number">
                  {f.number(sector.data[key])}
                  {key === 'S0' || key === 'lag0' ? (
                    <span className="range-note">
                      {' '}
                      ({f.number(sector.ranges[key][0])}–{f.number(sector.ranges[key][1])})
                    </span>
                  ) : null}
                </td>
              ))}
              <td>
                <details>
                  <summary>{t('model.sourcesCount', { count: DATA_KEYS.length })}</summary>
                  <dl className="source-list">
                    {DATA_KEYS.map((key) => (
                      <div key={key}>
                        <dt>{key}</dt>
                        <dd>
                          {sector.sources[key].source} <Confidence level={sector.sources[key].confidence} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chokepoint threshold θ = C0(sector) + offset, C0 = exp(−g_F·lag0) at catalogue defaults. */
export function threshold(sectorId: string, offset: number): { theta: number; c0: number } {
  const sector = CATALOGUE.sectors.find((entry) => entry.id === sectorId)!;
  const gF = CATALOGUE.parameters.find((entry) => entry.key === 'gF')!;
  const c0 = Math.exp(-parameterDefault(gF, sectorId) * sector.data.lag0);
  return { theta: c0 + offset, c0 };
}

/** The 35 chokepoints: status, threshold, and whether each is open in the base year. */
export function ChokepointTable() {
  const { t } = useTranslation();
  const f = useFormatters();
  const sectorName = (id: string) => f.text(CATALOGUE.sectors.find((sector) => sector.id === id)!.name);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('model.chokepointsCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('model.chokepointsCaption')}</caption>
        <thead>
          <tr>
            {['number', 'technology', 'sector', 'status', 'offset', 'threshold', 'openInBase'].map(
              (column) => (
                <th key={column} scope="col">
                  {t(`model.column.${column}`)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {CATALOGUE.chokepoints.map((item) => {
            const { theta, c0 } = threshold(item.sector, item.offset);
            return (
              <tr key={item.id}>
                <td className="cell-number">{item.id}</td>
                <th scope="row">
                  {f.text(item.name)}
                  {item.frontier ? (
                    <span className="badge" title={t('model.frontier')}>
                      {' '}
                      ★<span className="visually-hidden">{t('model.frontier')}</span>
                    </span>
                  ) : null}
                </th>
                <td>{sectorName(item.sector)}</td>
                <td>
                  <span className={`status status-${item.status}`}>{t(`model.status.${item.status}`)}</span>
                </td>
                <td className="cell-number">
                  {item.offset >= 0 ? '+' : ''}
                  {f.fixed(item.offset, 3)}
                </td>
                <td className="cell-number">{f.fixed(theta, 3)}</td>
                <td>{c0 < theta ? t('model.open') : t('model.closed')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
