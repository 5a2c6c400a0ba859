import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssumptionsTableHead } from './AssumptionsTableHead';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import { useCatalogue } from '../../store/use-catalogue';
import { SECTOR_DATA } from './sector-data-rows';
import { datumOverride, SectorDatumRow } from './SectorDatumRow';

/**
 * Every datum of a sector's base year the file format accepts (and its demand growth g_N), one sector
 * at a time: default, range, unit, source and confidence, and the scenario's overrides.
 */
export function SectorDataTable() {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const catalogue = useCatalogue();
  const scenario = useApp((state) => state.scenario);
  const [sectorId, setSectorId] = useState(() => catalogue.sectors[0]?.id ?? '');
  const sector = catalogue.sectors.find((entry) => entry.id === sectorId) ?? catalogue.sectors[0];
  if (!scenario || !sector) return null;
  const setIn = (id: string) =>
    SECTOR_DATA.filter((datum) => datumOverride(scenario, id, datum) !== undefined).length;
  const count = catalogue.sectors.reduce((sum, entry) => sum + setIn(entry.id), 0);
  return (
    <section className="sector-data" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h3 id={`${id}-title`} className="section-title">
          {t('sectorData.title')}
        </h3>
        <p className="section-note">{t('sectorData.overriddenCount', { count })}</p>
      </div>
      <p className="section-intro">{t('sectorData.intro')}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-sector`} className="field-label">
            {t('sectorData.sector')}
          </label>
          <select id={`${id}-sector`} value={sector.id} onChange={(event) => setSectorId(event.target.value)}>
            {catalogue.sectors.map((entry) => {
              const set = setIn(entry.id);
              const name = format.text(entry.name);
              return (
                <option key={entry.id} value={entry.id}>
                  {set > 0 ? `${name} (${t('sectorData.overriddenIn', { count: set })})` : name}
                </option>
              );
            })}
          </select>
        </div>
      </div>
      <div className="table-scroll">
        <table className="data-table assumptions-table">
          <caption className="visually-hidden">
            {t('sectorData.caption', { sector: format.text(sector.name) })}
          </caption>
          <AssumptionsTableHead first={t('sectorData.datum')} />
          <tbody>
            {SECTOR_DATA.map((datum) => (
              <SectorDatumRow
                key={`${sector.id}:${datum.id}`}
                catalogue={catalogue}
                sector={sector}
                datum={datum}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
