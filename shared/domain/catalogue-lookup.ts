import type { Catalogue } from '../catalogue/types';

/** Finds a catalogue by id; passed in so that tests and tools can check against their own catalogues. */
export type CatalogueLookup = (id: string) => Catalogue | undefined;
