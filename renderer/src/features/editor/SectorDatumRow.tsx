import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { parameterDefault } from '../../../../shared/catalogue';
import type { Catalogue, SectorDefinition, Sourced } from '../../../../shared/catalogue/types';
import { DATA_BOUNDS } from '../../../../shared/domain/override-issues';
import type { Scenario } from '../../../../shared/domain/scenario';
import { setDataOverride, setParameterOverride } from '../../../../shared/domain/scenario-edits';
import { baseYearLimit, withinBaseYearLimit } from '../../../../shared/engine/base-year-limit';
import { NumberField } from '../../components/NumberField';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import type { SectorDatum } from './sector-data-rows';

/** One datum's override in a scenario: a data key in `sectors.X.data`, g_N in `sectors.X.parameters`. */
function withDatum(scenario: Scenario, sectorId: string, datum: SectorDatum, value: number | undefined) {
  return datum.id === 'gNew'
    ? setParameterOverride(scenario, 'gNew', sectorId, value)
    : setDataOverride(scenario, sectorId, datum.id, value);
}

/** The scenario's override of a datum, if any. */
export function datumOverride(scenario: Scenario | null, sectorId: string, datum: SectorDatum) {
  const sector = scenario?.sectors[sectorId];
  return datum.id === 'gNew' ? sector?.parameters?.gNew : sector?.data?.[datum.id];
}

/** A datum's default, allowed range, source and confidence from the catalogue. */
function catalogueFacts(catalogue: Catalogue, sector: SectorDefinition, datum: SectorDatum) {
  if (datum.id === 'gNew') {
    const definition = catalogue.parameters.find((parameter) => parameter.key === 'gNew')!;
    const sourced: Sourced = definition.sectorSources?.[sector.id] ?? definition;
    return { value: parameterDefault(definition, sector.id), range: definition.range, sourced };
  }
  return { value: sector.data[datum.id], range: DATA_BOUNDS[datum.id], sourced: sector.sources[datum.id] };
}

/**
 * One datum of one sector: its default, allowed range and unit, source and confidence, and the
 * scenario's override (marked, resettable, one undo step per datum). Values that break the base year's
 * consistency (S0 ≤ D(C0)) are refused as they are typed, with the reason in words.
 */
export const SectorDatumRow = memo(function SectorDatumRow({
  catalogue,
  sector,
  datum,
}: {
  readonly catalogue: Catalogue;
  readonly sector: SectorDefinition;
  readonly datum: SectorDatum;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const scenario = useApp((state) => state.scenario);
  const editScenario = useApp((state) => state.editScenario);
  const value = datumOverride(scenario, sector.id, datum);
  const facts = catalogueFacts(catalogue, sector, datum);
  const name = t(`sectorData.name.${datum.id}`);
  const sectorName = format.text(sector.name);
  const label = t('assumptions.overrideLabel', { name, scope: sectorName });
  const placeholder = datum.id === 'gNew' ? (scenario?.parameters?.gNew ?? facts.value) : facts.value;
  const set = (next: number | undefined) => {
    // Typing the value it already has is no edit (no undo step that changes nothing).
    if (next === value) return;
    editScenario((current) => withDatum(current, sector.id, datum, next), `data:${sector.id}:${datum.id}`);
  };
  const number = (x: number) => format.number(Math.round(x * 1e4) / 1e4);
  const refuse = (candidate: number): string | undefined => {
    if (!datum.limited || !scenario) return undefined;
    const limit = baseYearLimit(catalogue, withDatum(scenario, sector.id, datum, candidate), sector.id);
    if (!limit || withinBaseYearLimit(limit)) return undefined;
    return datum.limited === 'S0'
      ? t('sectorData.aboveLimit', {
          lag: number(limit.lag0),
          kappa: number(limit.kappa),
          limit: number(limit.limit),
        })
      : t('sectorData.lowersLimit', { limit: number(limit.limit), s0: number(limit.S0) });
  };
  const { min, max } = facts.range;
  return (
    <tr className={value !== undefined ? 'row-overridden' : undefined}>
      <th scope="row" className="parameter-name">
        <span>{name}</span> <span className="symbol">{datum.symbol}</span>
        {value !== undefined ? (
          <span className="badge badge-accent">{t('assumptions.overridden')}</span>
        ) : null}
      </th>
      <td className="cell-number">{number(facts.value)}</td>
      <td>
        <span className="cell-nowrap">
          {format.number(min)} – {format.number(max)}
        </span>
        <span className="cell-note">{t(`sectorData.unit.${datum.unit}`)}</span>
      </td>
      <td className="cell-source">
        <span
          className={`confidence confidence-${facts.sourced.confidence}`}
          title={t(`confidence.${facts.sourced.confidence}`)}
        >
          {facts.sourced.confidence}
          <span className="visually-hidden"> ({t(`confidence.${facts.sourced.confidence}`)})</span>
        </span>{' '}
        {facts.sourced.source}
      </td>
      <td className="cell-override">
        <span className="override-field">
          <NumberField
            label={label}
            hideLabel
            value={value}
            min={min}
            max={max}
            step={datum.step}
            placeholder={number(placeholder)}
            invalidMessage={t('assumptions.invalid', { min: format.number(min), max: format.number(max) })}
            refuse={refuse}
            onCommit={(next) => set(next)}
          />
          {value !== undefined ? (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => set(undefined)}
              aria-label={t('assumptions.resetNamed', { name: label })}
            >
              {t('assumptions.reset')}
            </button>
          ) : null}
        </span>
      </td>
    </tr>
  );
});
