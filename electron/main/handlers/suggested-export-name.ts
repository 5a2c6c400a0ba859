/** A file name for an export: the scenario's own name for one, a dated name for several. */
export function suggestedExportName(names: readonly string[], count: number, now: Date): string {
  if (count === 1 && names[0]) {
    const safe = [...names[0]]
      .map((char) => (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char) ? ' ' : char))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100);
    if (safe) return `${safe}.chokepoint`;
  }
  return `scenarios-${now.toISOString().slice(0, 10)}.chokepoint`;
}
