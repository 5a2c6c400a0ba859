/** The non-zero upstream weights ω as parallel lists (buyer, supplier, weight). */
export interface DependencyPairs {
  readonly buyer: Int32Array;
  readonly supplier: Int32Array;
  readonly weight: Float64Array;
}

/** This thread's last ω (a copy) and its pairs: most runs use the same ω as the run before. */
let last: { readonly omega: Float64Array; readonly pairs: DependencyPairs } | undefined;

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * Extracts the non-zero entries of `omega[buyer * n + supplier]`. Compared by value, not identity:
 * Monte Carlo draws rewrite one ω array in place. The answer is shared between runs and never written.
 */
export function dependencyPairs(omega: Float64Array, n: number): DependencyPairs {
  if (last && n * n === omega.length && sameNumbers(last.omega, omega)) return last.pairs;
  const pairs = extractPairs(omega, n);
  last = { omega: omega.slice(), pairs };
  return pairs;
}

function extractPairs(omega: Float64Array, n: number): DependencyPairs {
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
