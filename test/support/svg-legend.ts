/** A box in SVG pixels, from the picture's top left. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** One legend entry of an ECharts SVG as Chromium draws it. */
export interface LegendEntry {
  readonly seriesIndex: number;
  /** ECharts' hit area joined with the entry's text and line as drawn (real fonts). */
  readonly box: Box;
  /** The colour of the entry's line, or null (the band key's swatch). */
  readonly stroke: string | null;
  readonly text: string;
}

export interface MeasuredSvg {
  /** The `data-key` of the element holding the SVG. */
  readonly key: string;
  readonly entries: LegendEntry[];
  /** Every text the SVG draws. */
  readonly texts: string[];
  /** The y of every horizontal line longer than half the picture (a plot's grid lines). */
  readonly gridLines: number[];
}

/**
 * Runs in the page (pass it to `page.evaluate`): every `[data-key]` element's SVG (an ECharts export,
 * server-side rendered with `ssr: true`), its legend entries measured as drawn. ECharts marks each
 * entry's hit area `ecmeta_ssr_type="legend"`; the entry's text and line are the elements just before.
 */
export function measureSvgLegends(): MeasuredSvg[] {
  type El = {
    getAttribute(name: string): string | null;
    getBoundingClientRect(): Box;
    previousElementSibling: El | null;
    tagName: string;
    textContent: string | null;
    querySelector(selector: string): El;
    querySelectorAll(selector: string): ArrayLike<El>;
  };
  const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<El> } })
    .document;
  const union = (a: Box, b: Box): Box => ({
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  });
  return Array.from(doc.querySelectorAll('[data-key]')).map((holder) => {
    const svg = holder.querySelector('svg');
    const origin = svg.getBoundingClientRect();
    const rel = (box: Box): Box => ({
      left: box.left - origin.left,
      top: box.top - origin.top,
      right: box.right - origin.left,
      bottom: box.bottom - origin.top,
    });
    const entries = new Map<number, { box: Box; stroke: string | null; text: string }>();
    for (const hit of Array.from(svg.querySelectorAll('[ecmeta_ssr_type="legend"]'))) {
      const index = Number(hit.getAttribute('ecmeta_series_index'));
      let box = rel(hit.getBoundingClientRect());
      let stroke: string | null = null;
      let text = '';
      for (let el = hit.previousElementSibling, n = 0; el && n < 4; el = el.previousElementSibling, n++) {
        if (el.getAttribute('ecmeta_ssr_type')) break;
        const line = el.getAttribute('d')?.startsWith('M0 5L28 5');
        // The entry's own text and line only (not the legend's background).
        if (el.tagName === 'text') {
          box = union(box, rel(el.getBoundingClientRect()));
          text = el.textContent ?? '';
        } else if (line) {
          box = union(box, rel(el.getBoundingClientRect()));
          stroke = el.getAttribute('stroke');
        }
      }
      const known = entries.get(index);
      entries.set(index, {
        box: known ? union(known.box, box) : box,
        stroke: stroke ?? known?.stroke ?? null,
        text: text || known?.text || '',
      });
    }
    const width = origin.right - origin.left;
    const gridLines = Array.from(svg.querySelectorAll('path'))
      .map((path) => /^M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)$/.exec(path.getAttribute('d') ?? ''))
      .filter(
        (m): m is RegExpExecArray => m !== null && m[2] === m[4] && Number(m[3]) - Number(m[1]) > width / 2,
      )
      .map((m) => Number(m[2]));
    return {
      key: holder.getAttribute('data-key') ?? '',
      entries: [...entries].map(([seriesIndex, entry]) => ({ seriesIndex, ...entry })),
      texts: Array.from(svg.querySelectorAll('text')).map((el) => el.textContent ?? ''),
      gridLines,
    };
  });
}
