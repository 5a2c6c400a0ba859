import { ellipsise, textWidth } from '../charts/text-width';

/** Room a legend entry's key (the line or swatch) and its gaps take, in points. */
const KEY = 34;
const COLUMN_GAP = 12;

/**
 * A native chart's legend measured before PowerPoint or Impress lays it out: names cut so at least two
 * fit a row, entries in equal columns (as both programs draw them), and the height the rows need, in
 * points. The chart's plot is then placed below that height, so the legend never lies over it.
 */
export function deckLegend(
  names: readonly string[],
  width: number,
  fontSize: number,
): { readonly names: string[]; readonly height: number } {
  const longest = Math.max(60, width / 2 - KEY - COLUMN_GAP);
  const cut = names.map((name) => ellipsise(name, longest, fontSize));
  const column = Math.max(...cut.map((name) => KEY + textWidth(name, fontSize) + COLUMN_GAP), 1);
  const columns = Math.max(1, Math.min(cut.length, Math.floor(width / column)));
  const rows = Math.ceil(cut.length / columns);
  return { names: cut, height: rows * fontSize * 1.5 + 8 };
}
