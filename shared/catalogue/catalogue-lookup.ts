import type { CatalogueLookup } from '../domain/catalogue-lookup';
import { getCatalogue } from './index';

/** The catalogues built into the app (the domain's checks take the lookup as an argument). */
export const builtInCatalogues: CatalogueLookup = (id) => getCatalogue(id);
