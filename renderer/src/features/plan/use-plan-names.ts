import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/catalogue/types';
import type { LeverId } from '../../../../shared/domain/inputs';
import type { FailureDriver } from '../../../../shared/optimize';
import { uncertaintyWords } from '../../../../shared/optimize/uncertainty-words';
import { textLanguage } from '../../i18n';

type Uncertainty = Pick<FailureDriver, 'key' | 'kind' | 'sector' | 'supplier'>;

/** Names of sectors, levers, target quantities and uncertain values in the interface's language. */
export function usePlanNames(catalogue: Catalogue | undefined) {
  const { t, i18n } = useTranslation();
  const side = textLanguage(i18n.language);
  return useMemo(() => {
    const sectorName = (id: string) =>
      catalogue?.sectors.find((sector) => sector.id === id)?.name[side] ?? id;
    const leverName = (lever: LeverId) => t(`inputs.${lever}.name`);
    const quantityName = (key: string) => {
      if (key === 'aggregate') return t('plan.trajectory.aggregate');
      if (key === 'chokepoints') return t('plan.trajectory.chokepoints');
      const [sector, variable] = key.split(':') as [string, 'S' | 'C'];
      return t('plan.trajectory.sectorVariable', {
        sector: sectorName(sector),
        variable: t(`plan.trajectory.${variable}`),
      });
    };
    // Names with their symbol and unit in brackets, from the catalogue the command line reads too.
    const uncertaintyName = (value: Uncertainty) => {
      if (value.kind === 'omega' || !catalogue)
        return value.kind === 'omega'
          ? t('plan.breaks.omega', {
              buyer: sectorName(value.sector!),
              supplier: sectorName(value.supplier!),
            })
          : value.key;
      const words = uncertaintyWords(value, catalogue, side);
      const labelled = words.unit
        ? t('plan.breaks.uncertainty', { name: words.name, symbol: words.symbol, unit: words.unit })
        : t('plan.breaks.uncertaintyNoUnit', { name: words.name, symbol: words.symbol });
      return words.sector ? t('plan.breaks.inSector', { name: labelled, sector: words.sector }) : labelled;
    };
    return { sectorName, leverName, quantityName, uncertaintyName };
  }, [catalogue, side, t]);
}
