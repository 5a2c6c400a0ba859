import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssumptionsTableHead } from './AssumptionsTableHead';
import { textLanguage } from '../../i18n';
import { useApp } from '../../store';
import { ParameterRow } from './ParameterRow';
import { SectorDataTable } from './SectorDataTable';
import { useCatalogue } from '../../store/use-catalogue';

/**
 * Every model parameter with its default, range, unit, source and confidence; the scenario may
 * override it (globally, and per sector where the parameter varies by sector). Overrides are marked
 * and can be reset.
 */
export function AssumptionsPanel() {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const id = useId();
  const catalogue = useCatalogue();
  const scenario = useApp((state) => state.scenario);
  const [text, setText] = useState('');
  const [onlyOverridden, setOnlyOverridden] = useState(false);
  if (!scenario) return null;
  const isOverridden = (key: string) =>
    scenario.parameters?.[key as 'nu'] !== undefined ||
    Object.values(scenario.sectors).some((sector) => sector.parameters?.[key as 'nu'] !== undefined);
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = catalogue.parameters.filter((definition) => {
    if (onlyOverridden && !isOverridden(definition.key)) return false;
    const haystack =
      `${definition.key} ${definition.symbol} ${definition.name[lang]} ${definition.source}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const count = catalogue.parameters.filter((definition) => isOverridden(definition.key)).length;
  return (
    <section className="assumptions" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`} className="section-title">
          {t('assumptions.title')}
        </h2>
        <p className="section-note">{t('assumptions.overriddenCount', { count })}</p>
      </div>
      <p className="section-intro">{t('assumptions.intro')}</p>
      <SectorDataTable />
      <h3 className="section-title">{t('assumptions.parametersTitle')}</h3>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-filter`} className="field-label">
            {t('assumptions.filter')}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            className="text-input"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={onlyOverridden}
            onChange={(event) => setOnlyOverridden(event.target.checked)}
          />
          {t('assumptions.onlyOverridden')}
        </label>
      </div>
      <div className="table-scroll">
        <table className="data-table assumptions-table">
          <caption className="visually-hidden">{t('assumptions.caption')}</caption>
          <AssumptionsTableHead first={t('assumptions.parameter')} />
          <tbody>
            {rows.map((definition) => (
              <ParameterRow key={definition.key} definition={definition} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
