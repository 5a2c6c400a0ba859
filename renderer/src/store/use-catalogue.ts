import { getCatalogue } from '../../../shared/catalogue';
import type { Catalogue } from '../../../shared/catalogue/types';
import { useApp } from './index';

/** The catalogue of the edited scenario (the default one until a scenario is open). */
export function useCatalogue(): Catalogue {
  const id = useApp((state) => state.scenario?.catalogue ?? 'default-2025');
  return getCatalogue(id) ?? getCatalogue('default-2025')!;
}
