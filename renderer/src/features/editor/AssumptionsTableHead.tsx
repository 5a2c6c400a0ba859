import { useTranslation } from 'react-i18next';

/** The columns every table of the Assumptions tab shares: what, default, range and unit, source, override. */
export function AssumptionsTableHead({ first }: { readonly first: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t('assumptions.default')}</th>
        <th scope="col">{t('assumptions.rangeUnit')}</th>
        <th scope="col">{t('assumptions.sourceConfidence')}</th>
        <th scope="col">{t('assumptions.override')}</th>
      </tr>
    </thead>
  );
}
