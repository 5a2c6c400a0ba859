import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getCatalogue } from '../../../../shared/catalogue';
import type { ChangeTemplates } from '../../../../shared/history/change-templates';
import type { ChangeLanguage } from '../../../../shared/history/describe-changes';
import { textLanguage } from '../../i18n';
import { packageName } from '../../i18n/package-display';

/** shared/history's describer in the interface's language: phrases, input and sector names, formats. */
export function useChangeLanguage(catalogueId = 'default-2025'): ChangeLanguage {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const catalogue = getCatalogue(catalogueId) ?? getCatalogue('default-2025');
    const lang = textLanguage(language);
    const templates = i18n.getResource(language, 'translation', 'exchange.changes') as ChangeTemplates;
    return {
      locale: language,
      templates: templates ?? (i18n.getResource('en', 'translation', 'exchange.changes') as ChangeTemplates),
      inputName: (input) => t(`inputs.${input}.name`),
      sectorName: (id) => catalogue?.sectors.find((sector) => sector.id === id)?.name[lang] ?? id,
      packageName: (ref) => packageName(ref, lang),
    };
  }, [catalogueId, language, t, i18n]);
}
