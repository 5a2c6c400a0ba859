import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../catalogue';
import { buildComparison, runComparison } from '../compare';
import type { Scenario } from '../domain/scenario';
import { comparisonToCsv } from './compare-csv';

const catalogue = getCatalogue('default-2025')!;
const baseline = getPreset('baseline')!;
const named: Scenario = { ...getPreset('self-reliance-push')!, id: 'zh', name: '自主可控, "推进"' };

function model(draws?: number) {
  const outcomes = runComparison([baseline, named], catalogue, { referenceId: baseline.id, draws });
  if (!outcomes.ok) throw new Error('failed');
  return buildComparison(outcomes.value, catalogue, { referenceId: baseline.id, discountRate: 0.03 });
}

/** A CSV line split into fields (RFC 4180 quoting). */
function fields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .slice(0, -1)
    .map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!));
}

describe('comparisonToCsv', () => {
  it('starts with a BOM and writes one row per scenario, sector, year and variable', () => {
    const { trajectories, costs } = model();
    const text = comparisonToCsv(trajectories, costs);
    expect(text.startsWith('\uFEFFscenario_id,scenario_name,sector,year,variable,value\r\n')).toBe(true);
    const rows = text.slice(1).trim().split('\r\n');
    // Per scenario: 11 sectors × (S, C) + aggregate + chokepoints + 3 costs × 3 measures, 16 years each.
    expect(rows).toHaveLength(2 * (11 * 2 + 2 + 9) * 16 + 1);
  });

  it('keeps Chinese scenario names intact, quoted where they hold a comma or a quote', () => {
    const { trajectories } = model();
    const text = comparisonToCsv(trajectories);
    // As written to a file: the BOM's bytes EF BB BF first, the name as UTF-8.
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(text);
    const row = text.split('\r\n').find((line) => line.startsWith('zh,') && line.includes(',IC,2040,S,'))!;
    expect(row).toContain('"自主可控, ""推进"""');
    const [id, name, sector, year, variable, value] = fields(row);
    expect({ id, name, sector, year, variable }).toEqual({
      id: 'zh',
      name: '自主可控, "推进"',
      sector: 'IC',
      year: '2040',
      variable: 'S',
    });
    expect(Number(value)).toBe(trajectories.scenarios[1]!.S.IC!.values.at(-1));
  });

  it('adds P10, P50 and P90 where bands were run', () => {
    const { trajectories } = model(6);
    const text = comparisonToCsv(trajectories);
    const p90 = text
      .split('\r\n')
      .find((line) => line.startsWith(`${baseline.id},Baseline,ALL,2040,aggregateS_p90,`))!;
    expect(Number(fields(p90)[5])).toBe(trajectories.scenarios[0]!.aggregateS.band!.p90.at(-1));
    expect(text).toContain(',IC,2030,C_p10,');
  });
});
