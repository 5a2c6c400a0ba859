import type { SliceCreator } from './slice';
import type { SimSlice } from './store-types';

export const createSimSlice: SliceCreator<SimSlice> = (set) => ({
  sim: null,
  setSim(snapshot) {
    set({ sim: snapshot });
  },
});
