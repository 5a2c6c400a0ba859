import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUT_IDS } from '../../../../shared/domain/inputs';
import { useFormatters } from '../../i18n/format';
import { InputCell } from './InputCell';
import { useCatalogue } from '../../store/use-catalogue';

/** Sectors as rows, the six levers and the restriction level as columns. */
export const InputGrid = memo(function InputGrid() {
  const { t } = useTranslation();
  const format = useFormatters();
  const catalogue = useCatalogue();
  return (
    <div className="input-grid-wrap">
      <table className="input-grid">
        <caption className="grid-caption">{t('editor.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="grid-sector-head">
              {t('editor.sector')}
            </th>
            {INPUT_IDS.map((input) => (
              <th
                key={input}
                scope="col"
                className={input === 'restriction' ? 'grid-restriction-head' : undefined}
                title={t(`inputs.${input}.description`)}
              >
                {t(`inputs.${input}.short`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {catalogue.sectors.map((sector) => {
            const name = format.text(sector.name);
            return (
              <tr key={sector.id}>
                <th scope="row" className="grid-sector">
                  <span className="grid-sector-name" title={name}>
                    {name}
                  </span>
                </th>
                {INPUT_IDS.map((input) => (
                  <InputCell key={input} sector={sector.id} sectorName={name} input={input} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
