import * as L from './run-layout';

/** Per-sector arrays for the `observe` callback, copied from the run table after each sub-step. */
export function observedState(n: number) {
  const state = {
    C: new Float64Array(n),
    Sc: new Float64Array(n),
    Sf: new Float64Array(n),
    K: new Float64Array(n),
    X: new Float64Array(n),
    A: new Float64Array(n),
    P: new Float64Array(n),
    demandC: new Float64Array(n),
    demandCutoff: new Float64Array(n),
  };
  const fields: readonly [Float64Array, number][] = [
    [state.C, L.S_C],
    [state.Sc, L.S_SC],
    [state.Sf, L.S_SF],
    [state.K, L.S_K],
    [state.X, L.S_X],
    [state.A, L.S_ABSORB],
    [state.P, L.S_COST],
    [state.demandC, L.S_DC],
    [state.demandCutoff, L.S_DCUT],
  ];
  return {
    state,
    copyFrom(w: Float64Array, sectors: number): void {
      for (const [target, field] of fields) {
        for (let s = 0; s < sectors; s++) target[s] = w[s * L.SECTOR_FIELDS + field]!;
      }
    },
  };
}
