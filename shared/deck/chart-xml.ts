import { xmlSafeText } from '../text/xml-text';
/**
 * What pptxgenjs cannot write into a chart part, written into its XML afterwards (DrawingML charts,
 * ECMA-376 part 1 §21.2): legend entries deleted for helper series, the legend's and the plot's
 * places, value labels on chosen series or with text of their own, and category labels that are never
 * rotated. Pure string work on the part pptxgenjs wrote, element order as the schema requires.
 */

/** A box inside the chart, as fractions of the chart's width and height (`c:manualLayout`, edge mode). */
export interface ChartBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface ChartPatch {
  /** Series (their `c:idx`) whose legend entries are deleted. */
  readonly hiddenEntries: readonly number[];
  /** Where the legend goes (the renderer's own place when absent). */
  readonly legendBox?: ChartBox;
  /** Where the plot goes, inside its axes' labels (the renderer's own place when absent). */
  readonly plotBox?: ChartBox;
  /** Value labels by series `c:idx`: the Excel format they are written in. Other series get none. */
  readonly valueLabels?: Readonly<Record<number, string>>;
  /** Labels with text of their own on one series' points, above each point. */
  readonly pointLabels?: { readonly series: number; readonly texts: readonly string[] };
  /**
   * Category labels laid flat (PowerPoint and Impress otherwise turn crowded ones 45°): on one line
   * (years), or wrapped within their category (names).
   */
  readonly flatCategories?: 'one-line' | 'wrapped';
  /**
   * Show every n-th category label only. PowerPoint reads `c:tickLblSkip`, which pptxgenjs writes;
   * Impress ignores it and prints every year (wrapped in two when they crowd), so the cached labels
   * between are left blank as well. The embedded sheet keeps every year for editing.
   */
  readonly labelEvery?: number;
  readonly labelFontSize?: number;
  readonly labelFont?: string;
}

/** Text for an XML text node or attribute, characters XML forbids replaced (`xmlSafeText`). */
function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const format = (value: number) => String(Math.round(value * 10000) / 10000);

function manualLayout(box: ChartBox, target?: 'inner'): string {
  return (
    `<c:layout><c:manualLayout>${target ? `<c:layoutTarget val="${target}"/>` : ''}` +
    `<c:xMode val="edge"/><c:yMode val="edge"/><c:x val="${format(box.x)}"/><c:y val="${format(box.y)}"/>` +
    `<c:w val="${format(box.w)}"/><c:h val="${format(box.h)}"/></c:manualLayout></c:layout>`
  );
}

/** Rewrites each `<c:ser>…</c:ser>` block with `edit(block, idx)`. */
function eachSeries(xml: string, edit: (block: string, idx: number) => string): string {
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (block) => {
    const idx = Number(/<c:idx val="(\d+)"\/>/.exec(block)?.[1] ?? -1);
    return edit(block, idx);
  });
}

function pointLabel(index: number, text: string, size: number, font: string | undefined): string {
  const typeface = font
    ? `<a:latin typeface="${escapeXml(font)}"/><a:ea typeface="${escapeXml(font)}"/>`
    : '';
  return (
    `<c:dLbl><c:idx val="${index}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size * 100}" b="1"><a:solidFill><a:srgbClr val="1F2937"/></a:solidFill>${typeface}</a:rPr>` +
    `<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:dLblPos val="t"/><c:showLegendKey val="0"/>` +
    `<c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>` +
    `<c:showBubbleSize val="0"/></c:dLbl>`
  );
}

/** The chart part `xml` with `patch` applied. */
export function patchChartXml(xml: string, patch: ChartPatch): string {
  let out = xml;
  const size = patch.labelFontSize ?? 12;
  if (patch.hiddenEntries.length || patch.legendBox) {
    const entries = patch.hiddenEntries
      .map((idx) => `<c:legendEntry><c:idx val="${idx}"/><c:delete val="1"/></c:legendEntry>`)
      .join('');
    const layout = patch.legendBox ? manualLayout(patch.legendBox) : '';
    out = out.replace(/(<c:legendPos val="\w+"\/>)/, `$1${entries}${layout}`);
  }
  if (patch.plotBox) {
    const box = patch.plotBox;
    out = out.replace(
      /<c:plotArea>\s*(?:<c:layout\/>|<c:layout>[\s\S]*?<\/c:layout>)/,
      `<c:plotArea>${manualLayout(box, 'inner')}`,
    );
  }
  const { valueLabels, pointLabels } = patch;
  if (valueLabels || pointLabels)
    out = eachSeries(out, (block, idx) => {
      let edited = block;
      const labelFormat = valueLabels?.[idx];
      if (labelFormat !== undefined)
        edited = edited
          .replace(
            /<c:numFmt formatCode="[^"]*" sourceLinked="0"\/>/,
            `<c:numFmt formatCode="${escapeXml(labelFormat)}" sourceLinked="0"/>`,
          )
          .replace(/(<c:dLbls>[\s\S]*?)<c:showVal val="0"\/>/, '$1<c:showVal val="1"/>');
      else edited = edited.replace(/(<c:dLbls>[\s\S]*?)<c:showVal val="1"\/>/, '$1<c:showVal val="0"/>');
      if (pointLabels && idx === pointLabels.series) {
        const labels = pointLabels.texts
          .map((text, i) => (text ? pointLabel(i, text, size, patch.labelFont) : ''))
          .join('');
        edited = edited.replace('<c:dLbls>', `<c:dLbls>${labels}`);
      }
      return edited;
    });
  // A year without a value is written by pptxgenjs as an empty point, which Impress reads as 0: a
  // point left out of the cache is a blank (ECMA-376 §21.2.2.150), drawn as nothing.
  out = out.replace(/<c:val>[\s\S]*?<\/c:val>/g, (values) =>
    values.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, ''),
  );
  const every = patch.labelEvery;
  if (every && every > 1)
    out = out.replace(/<c:cat>[\s\S]*?<\/c:cat>/g, (cat) =>
      cat.replace(/<c:pt idx="(\d+)"><c:v>[^<]*<\/c:v><\/c:pt>/g, (point, idx: string) =>
        Number(idx) % every === 0 ? point : `<c:pt idx="${idx}"><c:v></c:v></c:pt>`,
      ),
    );
  // Impress breaks category labels at their category's width when their rotation is exactly 0 ("20"
  // over "25" on a half-slide chart of sixteen years), and turns them 45° when none is given. Years
  // get a tilt of a hundredth of a degree, which is neither: whole, on one line, level to the eye.
  // Names keep 0 and wrap within their category.
  if (patch.flatCategories)
    out = out.replace(
      /(<c:catAx>[\s\S]*?<c:txPr>\s*)<a:bodyPr\/>/,
      `$1<a:bodyPr rot="${patch.flatCategories === 'one-line' ? -600 : 0}" vert="horz"/>`,
    );
  return out;
}
