import { getCatalogue } from '../catalogue';
import type { InputId } from '../domain/inputs';
import { CHANGE_TEMPLATES_EN } from './change-templates';
import type { ChangeLanguage } from './describe-changes';

/** The inputs' English names as the interface shows them (the CLI has no i18n catalogue). */
export const INPUT_NAMES_EN: Readonly<Record<InputId, string>> = {
  basicResearch: 'Basic research',
  rdTaxCut: 'R&D tax cut',
  universityLinks: 'University links',
  clusters: 'Clusters',
  procurement: 'Domestic procurement',
  openness: 'Openness',
  restriction: 'Restriction level',
};

/** English for the CLI and the store's stored summaries: catalogue sector names, "en" formats. */
export function englishChangeLanguage(catalogueId: string): ChangeLanguage {
  const catalogue = getCatalogue(catalogueId);
  return {
    locale: 'en',
    templates: CHANGE_TEMPLATES_EN,
    inputName: (input) => INPUT_NAMES_EN[input],
    sectorName: (id) => catalogue?.sectors.find((sector) => sector.id === id)?.name.en ?? id,
  };
}
