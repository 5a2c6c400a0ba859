import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { parameterDefault } from '../../../../shared/catalogue';
import type { ParameterDefinition } from '../../../../shared/catalogue/types';
import { NumberField } from '../../components/NumberField';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import { setParameterOverride } from '../../../../shared/domain/scenario-edits';
import { useCatalogue } from '../../store/use-catalogue';

/** Default text: the global value, and the sectors that differ. */
export function defaultText(definition: ParameterDefinition, number: (value: number) => string): string {
  const perSector = Object.entries(definition.sectorDefaults ?? {}).map(
    ([sector, value]) => `${sector} ${number(value)}`,
  );
  return [number(definition.default), ...perSector].join('; ');
}

export const ParameterRow = memo(function ParameterRow({
  definition,
}: {
  readonly definition: ParameterDefinition;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const catalogue = useCatalogue();
  const key = definition.key;
  const global = useApp((state) => state.scenario?.parameters?.[key]);
  const sectorValues = useApp((state) => state.scenario?.sectors);
  const editScenario = useApp((state) => state.editScenario);
  const name = format.text(definition.name);
  const perSector = catalogue.sectors.map((sector) => ({
    sector,
    value: sectorValues?.[sector.id]?.parameters?.[key],
  }));
  const setCount = perSector.filter((entry) => entry.value !== undefined).length;
  const overridden = global !== undefined || setCount > 0;
  const set = (sectorId: string | undefined, value: number | undefined) =>
    editScenario(
      (scenario) => setParameterOverride(scenario, key, sectorId, value),
      `parameter:${key}:${sectorId ?? '*'}`,
    );
  const invalid =
    t('assumptions.invalid', {
      min: format.number(definition.range.min),
      max: format.number(definition.range.max),
    }) + (definition.integer ? ` ${t('assumptions.integer')}` : '');
  const field = (
    sectorId: string | undefined,
    label: string,
    value: number | undefined,
    placeholder: number,
  ) => (
    <span className="override-field">
      <NumberField
        label={label}
        hideLabel
        value={value}
        min={definition.range.min}
        max={definition.range.max}
        step={definition.integer ? 1 : 0.01}
        integer={definition.integer ?? false}
        placeholder={format.number(placeholder)}
        invalidMessage={invalid}
        onCommit={(next) => set(sectorId, next)}
      />
      {value !== undefined ? (
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => set(sectorId, undefined)}
          aria-label={t('assumptions.resetNamed', { name: label })}
        >
          {t('assumptions.reset')}
        </button>
      ) : null}
    </span>
  );
  return (
    <tr className={overridden ? 'row-overridden' : undefined}>
      <th scope="row" className="parameter-name">
        <span>{name}</span> <span className="symbol">{definition.symbol}</span>{' '}
        <code className="key">{key}</code>
        {overridden ? <span className="badge badge-accent">{t('assumptions.overridden')}</span> : null}
      </th>
      <td className="cell-number">
        {format.number(definition.default)}
        {definition.sectorDefaults ? (
          <span className="cell-note" title={defaultText(definition, format.number)}>
            {t('assumptions.variesBySector', { count: Object.keys(definition.sectorDefaults).length })}
          </span>
        ) : null}
      </td>
      <td>
        <span className="cell-nowrap">
          {format.number(definition.range.min)} – {format.number(definition.range.max)}
        </span>
        <span className="cell-note">{format.text(definition.unit)}</span>
      </td>
      <td className="cell-source">
        <span
          className={`confidence confidence-${definition.confidence}`}
          title={t(`confidence.${definition.confidence}`)}
        >
          {definition.confidence}
          <span className="visually-hidden"> ({t(`confidence.${definition.confidence}`)})</span>
        </span>{' '}
        {definition.source}
      </td>
      <td className="cell-override">
        {field(
          undefined,
          t('assumptions.overrideLabel', { name, scope: t('assumptions.allSectors') }),
          global,
          definition.default,
        )}
        {definition.scope === 'sector' ? (
          <details className="per-sector">
            <summary>{t('assumptions.perSector', { count: setCount })}</summary>
            <div className="per-sector-fields">
              {perSector.map(({ sector, value }) => (
                <span key={sector.id} className="per-sector-field">
                  <span className="per-sector-name" aria-hidden="true">
                    {format.text(sector.name)}
                  </span>
                  {field(
                    sector.id,
                    t('assumptions.overrideLabel', { name, scope: format.text(sector.name) }),
                    value,
                    global ?? parameterDefault(definition, sector.id),
                  )}
                </span>
              ))}
            </div>
          </details>
        ) : null}
      </td>
    </tr>
  );
});
