import type { SliceCreator } from './slice';
import type { SimSlice } from './store-types';

export const createSimSlice: SliceCreator<SimSlice> = (set, get) => ({
  sim: null,
  setSim(snapshot) {
    // The client delivers results of the latest inputs only: the editor may now show them too.
    set({ sim: snapshot, shownScenario: get().scenario });
  },
});
