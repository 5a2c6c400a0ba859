import { describe, expect, it } from 'vitest';
import { patchChartXml } from './chart-xml';

/** The parts of a chart part pptxgenjs writes that the patch touches, in the schema's order. */
const part = (series: number) =>
  `<c:chartSpace><c:chart><c:plotArea><c:layout/><c:lineChart>${Array.from(
    { length: series },
    (_, i) =>
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:showVal val="0"/></c:dLbls>` +
      `<c:cat><c:strRef><c:strCache><c:pt idx="0"><c:v>2025</c:v></c:pt><c:pt idx="1"><c:v>2026</c:v></c:pt><c:pt idx="5"><c:v>2030</c:v></c:pt></c:strCache></c:strRef></c:cat></c:ser>`,
  ).join('')}</c:lineChart><c:catAx><c:txPr><a:bodyPr/></c:txPr></c:catAx></c:plotArea>` +
  `<c:legend><c:legendPos val="t"/><c:overlay val="0"/></c:legend></c:chart></c:chartSpace>`;

describe('patchChartXml', () => {
  it('deletes helper series’ legend entries and places the legend, in the schema’s order', () => {
    const xml = patchChartXml(part(4), {
      hiddenEntries: [2, 3],
      legendBox: { x: 0.01, y: 0.02, w: 0.98, h: 0.1 },
    });
    const legend = /<c:legend>.*<\/c:legend>/.exec(xml)![0];
    expect(legend).toMatch(
      /^<c:legend><c:legendPos val="t"\/><c:legendEntry><c:idx val="2"\/><c:delete val="1"\/><\/c:legendEntry><c:legendEntry><c:idx val="3"\/><c:delete val="1"\/><\/c:legendEntry><c:layout><c:manualLayout>.*<\/c:manualLayout><\/c:layout><c:overlay val="0"\/><\/c:legend>$/,
    );
  });

  it('places the plot inside its axes, labels chosen series, and writes labels of their own', () => {
    const xml = patchChartXml(part(2), {
      hiddenEntries: [],
      plotBox: { x: 0.1, y: 0.2, w: 0.8, h: 0.6 },
      valueLabels: { 1: '+0.0" pp"' },
      pointLabels: { series: 0, texts: ['29.2%', '', '+1.0 pp & <more>'] },
    });
    expect(xml).toContain('<c:plotArea><c:layout><c:manualLayout><c:layoutTarget val="inner"/>');
    const [first, second] = xml.match(/<c:ser>.*?<\/c:ser>/g)!;
    expect(second).toContain('<c:numFmt formatCode="+0.0&quot; pp&quot;" sourceLinked="0"/>');
    expect(second).toContain('<c:showVal val="1"/>');
    expect(first).toContain('<c:dLbl><c:idx val="0"/>');
    expect(first).not.toContain('<c:dLbl><c:idx val="1"/>');
    expect(first).toContain('<a:t>+1.0 pp &amp; &lt;more&gt;</a:t>');
  });

  it('keeps every fifth year’s label and lays year labels level', () => {
    const xml = patchChartXml(part(1), { hiddenEntries: [], labelEvery: 5, flatCategories: 'one-line' });
    expect(xml).toContain('<c:pt idx="0"><c:v>2025</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt>');
    expect(xml).toContain('<c:pt idx="5"><c:v>2030</c:v></c:pt>');
    expect(xml).toContain('<a:bodyPr rot="-600" vert="horz"/>');
    expect(patchChartXml(part(1), { hiddenEntries: [], flatCategories: 'wrapped' })).toContain(
      '<a:bodyPr rot="0" vert="horz"/>',
    );
  });
});
