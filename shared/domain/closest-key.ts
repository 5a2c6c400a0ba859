/** Edit distance of two short strings (insertions, deletions, substitutions and adjacent swaps). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Keys longer than this get no suggestion: typos are in short names, and the edit distance of two
 * strings costs the product of their lengths (a hostile file has thousands of long keys).
 */
export const MAX_SUGGESTION_KEY_LENGTH = 40;

/**
 * Unknown keys per object that get a "did you mean" suggestion: a typo or two is common, hundreds of
 * unknown keys are not typos, and each suggestion costs an edit distance against every known key.
 */
export const SUGGESTIONS_PER_OBJECT = 3;

/**
 * The known key a typo most likely meant (`basicResearh` → `basicResearch`), or undefined when none is
 * close: the same ignoring case, or within one edit (two for keys of six characters or more; none for
 * keys of one or two, where every short key is "close" and a suggestion would be noise).
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > MAX_SUGGESTION_KEY_LENGTH) return undefined;
  const allowed = key.length <= 2 ? 0 : key.length < 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
