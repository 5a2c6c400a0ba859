/** The non-zero upstream weights ω as parallel lists (buyer, supplier, weight). */
export interface DependencyPairs {
  readonly buyer: Int32Array;
  readonly supplier: Int32Array;
  readonly weight: Float64Array;
}

/** Extracts the non-zero entries of `omega[buyer * n + supplier]`. */
export function dependencyPairs(omega: Float64Array, n: number): DependencyPairs {
  const buyer: number[] = [];
  const supplier: number[] = [];
  const weight: number[] = [];
  for (let b = 0; b < n; b++) {
    for (let s = 0; s < n; s++) {
      const w = omega[b * n + s]!;
      if (w === 0) continue;
      buyer.push(b);
      supplier.push(s);
      weight.push(w);
    }
  }
  return {
    buyer: Int32Array.from(buyer),
    supplier: Int32Array.from(supplier),
    weight: Float64Array.from(weight),
  };
}
