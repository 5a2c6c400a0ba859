import { getCatalogue } from '../catalogue';
import type { Catalogue } from '../catalogue/types';

/** Finds a catalogue by id; passed in so that tests and tools can check against their own catalogues. */
export type CatalogueLookup = (id: string) => Catalogue | undefined;

/** The catalogues built into the app. */
export const builtInCatalogues: CatalogueLookup = (id) => getCatalogue(id);
