import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../catalogue';
import { chartText } from '../charts/chart-text';
import { buildComparison, runComparison } from '../compare';
import type { Scenario } from '../domain/scenario';
import { comparisonToCsv, significant } from './compare-csv';

const catalogue = getCatalogue('default-2025')!;
const baseline = getPreset('baseline')!;
const named: Scenario = { ...getPreset('self-reliance-push')!, id: 'zh', name: '自主可控, "推进"' };
const en = chartText('en', { catalogue });
const zh = chartText('zh-CN', { catalogue });

function model(draws?: number) {
  const outcomes = runComparison([baseline, named], catalogue, { referenceId: baseline.id, draws });
  if (!outcomes.ok) throw new Error('failed');
  return buildComparison(outcomes.value, catalogue, { referenceId: baseline.id, discountRate: 0.03 });
}

/** A CSV line split into fields (RFC 4180 quoting; empty fields kept, trailing ones too). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      out.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  out.push(field);
  return out;
}

/** The CSV as records keyed by its header. */
function records(text: string): Record<string, string>[] {
  const [head, ...lines] = text.slice(1).trim().split('\r\n');
  const names = fields(head!);
  return lines.map((line) => Object.fromEntries(fields(line).map((value, i) => [names[i]!, value])));
}

describe('comparisonToCsv', () => {
  it('keeps the six columns of `chokepoint run --format csv` first, then names, unit and P10/P50/P90', () => {
    const { trajectories, costs } = model();
    const text = comparisonToCsv(trajectories, costs, en);
    expect(
      text.startsWith(
        '\uFEFFscenario_id,scenario_name,sector,year,variable,value,sector_name,variable_name,unit,p10,p50,p90\r\n',
      ),
    ).toBe(true);
    // Per scenario: 11 sectors × (S, C) + aggregate + chokepoints + 3 costs × 3 measures, 16 years each.
    expect(records(text)).toHaveLength(2 * (11 * 2 + 2 + 9) * 16);
  });

  it('names sectors and variables in words with their units, in the chosen language', () => {
    const { trajectories, costs } = model();
    const chips = (language: typeof en) =>
      records(comparisonToCsv(trajectories, costs, language)).find(
        (row) => row.scenario_id === baseline.id && row.sector === 'IC' && row.variable === 'S',
      )!;
    expect(chips(en)).toMatchObject({
      sector_name: 'Chips',
      variable_name: 'self-reliance',
      unit: 'share of demand met domestically (0–1)',
    });
    expect(chips(zh)).toMatchObject({ sector_name: '芯片', variable_name: '自给率' });
    const cost = records(comparisonToCsv(trajectories, costs, en)).find(
      (row) => row.variable === 'fiscalCostCumulative',
    )!;
    expect(cost).toMatchObject({ sector: 'ALL', sector_name: 'whole economy', unit: 'USD bn' });
    expect(cost.variable_name).toBe('cumulative Fiscal cost');
  });

  it('rounds every value to 6 significant digits', () => {
    const { trajectories } = model(4);
    const rows = records(comparisonToCsv(trajectories, undefined, en));
    for (const row of rows)
      for (const key of ['value', 'p10', 'p50', 'p90'] as const) {
        const digits = row[key]!.replace(/^-?0\.0*|[-.]|e.*$/g, '');
        expect(digits.length, `${key} ${row[key]}`).toBeLessThanOrEqual(6);
      }
    const last = rows.find(
      (row) => row.sector === 'ALL' && row.year === '2040' && row.variable === 'aggregateS',
    )!;
    expect(Number(last.value)).toBe(significant(trajectories.scenarios[0]!.aggregateS.values.at(-1)!));
    expect(Number(last.value)).toBeCloseTo(trajectories.scenarios[0]!.aggregateS.values.at(-1)!, 6);
  });

  it('fills P10, P50 and P90 where bands were run, and leaves them empty where not', () => {
    const banded = records(comparisonToCsv(model(6).trajectories, undefined, en));
    const p = banded.find(
      (row) => row.scenario_id === baseline.id && row.variable === 'aggregateS' && row.year === '2040',
    )!;
    expect(Number(p.p10)).toBeLessThanOrEqual(Number(p.p50));
    expect(Number(p.p50)).toBeLessThanOrEqual(Number(p.p90));
    expect(banded.some((row) => row.variable!.endsWith('_p10'))).toBe(false);
    const plain = records(comparisonToCsv(model().trajectories, undefined, en));
    expect(plain.every((row) => row.p10 === '' && row.p90 === '')).toBe(true);
  });

  it('keeps Chinese scenario names intact, quoted where they hold a comma or a quote', () => {
    const { trajectories } = model();
    const text = comparisonToCsv(trajectories, undefined, zh);
    // As written to a file: the BOM's bytes EF BB BF first, the name as UTF-8.
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(text);
    expect(text).toContain('"自主可控, ""推进"""');
    const row = records(text).find((r) => r.scenario_id === 'zh' && r.sector === 'IC' && r.year === '2040')!;
    expect(row.scenario_name).toBe('自主可控, "推进"');
  });
});
