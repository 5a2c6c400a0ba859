import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { getCatalogue, getPreset, PRESET_INFO } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { cumulative, discountedCumulative } from '../../shared/engine/costs';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { runScenario } from '../../shared/engine/run-scenario';
import { targetYears } from '../../shared/engine/targets';
import { scenarioContentHash, serializeScenarioFile } from '../../shared/file-format';
import { memoryIo } from '../support/memory-io';
import { fileTempFolder } from '../store/temp-folder';

const dir = fileTempFolder('chokepoint-report-');
const catalogue = getCatalogue('default-2025')!;
const meta = { exportedAt: '2026-11-28T00:00:00.000Z', appVersion: '0.1.0', modelVersion: MODEL_VERSION };
const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

const baseline: Scenario = { ...getPreset('baseline')!, seed: 11 };
const hostile: Scenario = {
  ...getPreset('escalation')!,
  id: 'hostile',
  name: HOSTILE,
  author: '<b>Mallory</b>',
  description: 'Ends </details><script>bad()</script>',
  seed: 99,
};
const chinese: Scenario = {
  ...getPreset('self-reliance-push')!,
  id: 'zh-push',
  name: '自主可控推进',
  author: '规划组',
};

function write(name: string, scenarios: readonly Scenario[]): void {
  writeFileSync(join(dir, name), serializeScenarioFile(scenarios, meta));
}

async function report(args: readonly string[]): Promise<{ code: number; html: string; err: string }> {
  const io = memoryIo(dir);
  const code = await runCli(['report', ...args], io);
  let html = '';
  try {
    html = readFileSync(join(dir, args[args.indexOf('--out') + 1]!), 'utf8');
  } catch {
    // Nothing written: the test checks the code and stderr.
  }
  return { code, html, err: io.err() };
}

function direct(scenario: Scenario) {
  const result = runScenario(scenario, catalogue);
  if (!result.ok) throw new Error('run failed');
  return result.value;
}

/** The `data-…` attributes of the elements matching an opening-tag pattern. */
function attributes(html: string, pattern: RegExp): Record<string, string>[] {
  return [...html.matchAll(pattern)].map((match) =>
    Object.fromEntries([...match[0].matchAll(/data-([a-z]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

let comparison: { code: number; html: string; err: string };

beforeAll(async () => {
  write('a.chokepoint', [baseline]);
  write('b.chokepoint', [hostile, chinese]);
  comparison = await report([
    'a.chokepoint',
    'b.chokepoint',
    '--out',
    'report.html',
    '--mc',
    '8',
    '--discount-rate',
    '5%',
  ]);
  // Runs, attributions and SVG charts: seconds on a quiet machine, more on a busy one.
}, 120_000);

describe('chokepoint report', () => {
  it('writes one self-contained page: no scripts, no external resources, a strict policy', () => {
    expect(comparison.code, comparison.err).toBe(0);
    const { html } = comparison;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/,
    );
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(http|src="|href="http/i);
    // The only URLs are SVG's XML namespaces.
    expect(
      [...html.matchAll(/https?:\/\/[^"'\s)]+/g)]
        .map((m) => m[0])
        .every((url) => url.startsWith('http://www.w3.org/')),
    ).toBe(true);
    expect(html).not.toMatch(/ style="/);
  });

  it('contains the charts as labelled inline SVG, with unique ids per chart', () => {
    const svgs = comparison.html.match(/<svg [^>]*>/g) ?? [];
    // Aggregate, chokepoints, S and C by sector, costs per year and cumulative, one waterfall per other scenario.
    expect(svgs).toHaveLength(8);
    for (const svg of svgs) expect(svg).toMatch(/role="img" aria-label="[^"]{20,}"/);
    const ids = [...comparison.html.matchAll(/ id="(chart\d+-zr[^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(comparison.html).toContain('url(#chart1-zr');
  });

  it('draws the observed record before the base year on the chokepoints’ and the sectors’ self-reliance charts', () => {
    const figures = comparison.html.split('<figure>').slice(1);
    const observed = figures.filter((figure) => figure.includes('>Observed<'));
    // Open chokepoints and S by sector; one "Observed" key each, whatever the number of panels.
    expect(observed).toHaveLength(2);
    for (const figure of observed) expect(figure.match(/>Observed</g)).toHaveLength(1);
    expect(observed[0]).toMatch(/Grey points before 2025: observed values \(1\)/);
    const sectors = observed[1]!;
    expect(sectors).toMatch(/Grey points before 2025: observed values \(\d+\), with their sources/);
    expect(sectors).toContain('>not observed<');
    // Capability has no observed record.
    const capability = figures.find((figure) =>
      figure.includes('<figcaption>Capability by sector</figcaption>'),
    );
    expect(capability).toBeDefined();
    expect(capability).not.toContain('Observed');
  });

  it('escapes every piece of user text, in the page and in the charts', () => {
    const { html } = comparison;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Mallory</b>');
    expect(html).not.toContain('</details><script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(html).toContain('&#60;b&#62;Mallory&#60;/b&#62;');
  });

  it('shows the title page with names, authors and the assumptions that differ from the reference', () => {
    const { html } = comparison;
    expect(html).toContain('<h1>Scenario comparison</h1>');
    expect(html).toContain('自主可控推进');
    expect(html).toContain('规划组');
    expect(html).toMatch(/Baseline<span class="badge">reference<\/span>/);
    expect(html).toContain('Assumptions that differ');
    expect(html).toContain('<td>Chips</td><td>Restriction level</td><td>step to 60 % in 2026</td>');
    expect(html).toContain('<td>all sectors</td><td>R&#38;D tax cut</td><td>step to 20 % in 2026</td>');
  });

  it('lists a ramp as one row with units, not year by year, and a change in several sectors once', () => {
    const push = comparison.html.slice(comparison.html.indexOf('<h3>自主可控推进'));
    const section = push.slice(0, push.indexOf('</table>'));
    const basicResearch = section.match(/<td>[^<]*<\/td><td>Basic research<\/td><td>[^<]*<\/td>/g);
    expect(basicResearch).toEqual([
      '<td>all sectors</td><td>Basic research</td><td>ramp to 1.50× over 2025–2030</td>',
    ]);
    expect(section).toMatch(
      /<td>Chips, [^<]+, and [^<]+<\/td><td>Domestic procurement<\/td><td>step to 50 % in 2026<\/td>/,
    );
  });

  it('has a targets table whose years and probabilities are the engine’s', () => {
    const cells = attributes(
      comparison.html,
      /<td class="number" data-year="[^"]*" data-probability="[^"]*"/g,
    );
    const scenarios = [baseline, hostile, chinese];
    const expected = scenarios.map((scenario) => targetYears(direct(scenario)));
    // Row by row: sectors in catalogue order, then scenario, then target (50 %, 70 %).
    expect(cells).toHaveLength(catalogue.sectors.length * scenarios.length * 2);
    catalogue.sectors.forEach((sector, s) => {
      scenarios.forEach((_, i) => {
        ['0.5', '0.7'].forEach((target, t) => {
          const cell = cells[(s * scenarios.length + i) * 2 + t]!;
          expect(cell.year === '' ? null : Number(cell.year)).toBe(expected[i]![sector.id]![target]);
          expect(Number(cell.probability)).toBeGreaterThanOrEqual(0);
          expect(Number(cell.probability)).toBeLessThanOrEqual(1);
        });
      });
    });
    expect(comparison.html).toContain('not by 2040');
  });

  it('reports costs at the horizon as the engine sums them, discounted at the given rate', () => {
    const cells = attributes(
      comparison.html,
      /<td class="number" data-cost="[^"]*" data-measure="[^"]*" data-value="[^"]*"/g,
    );
    const scenarios = [baseline, hostile, chinese];
    expect(cells).toHaveLength(scenarios.length * 6);
    scenarios.forEach((scenario, i) => {
      const run = direct(scenario);
      (['fiscal', 'disruption', 'substitution'] as const).forEach((kind, k) => {
        const yearly = run.costs[`${kind}Total`];
        expect(Number(cells[i * 6 + k * 2]!.value)).toBe(cumulative(yearly).at(-1));
        expect(Number(cells[i * 6 + k * 2 + 1]!.value)).toBe(discountedCumulative(yearly, 0.05).at(-1));
      });
    });
  });

  it('explains each scenario against the reference for the aggregate at the horizon, adding up exactly', () => {
    const tables = comparison.html.split('<table class="attribution-table"').slice(1);
    expect(tables).toHaveLength(2);
    const ref = direct(baseline).aggregateS.at(-1)!;
    [hostile, chinese].forEach((scenario, i) => {
      const values = attributes(tables[i]!, /<td class="number" data-value="[^"]*"/g).map((cell) =>
        Number(cell.value),
      );
      const [start, ...rest] = values;
      const difference = rest.pop()!;
      const end = rest.pop()!;
      expect(start).toBe(ref);
      expect(end).toBe(direct(scenario).aggregateS.at(-1));
      expect(difference).toBe(end - start!);
      expect(rest.reduce((sum, value) => sum + value, 0)).toBeCloseTo(difference, 12);
    });
  });

  it('records model version, the reference’s seed and the draws for reproducibility', () => {
    expect(comparison.html).toContain(`<span id="model-version">${MODEL_VERSION}</span>`);
    expect(comparison.html).toContain('<span id="seed" data-value="11">');
    expect(comparison.html).toContain('<span id="draws" data-value="8">8</span>');
    expect(comparison.html).toContain('<code>a.chokepoint</code>, <code>b.chokepoint</code>');
  });

  it('writes the report in Chinese with --lang zh-CN, reference chosen by name', async () => {
    // The reference is added to the chosen scenarios when not among them.
    const { code, html, err } = await report([
      'a.chokepoint',
      'b.chokepoint',
      '--scenario',
      'baseline',
      '--reference',
      '自主可控推进',
      '--lang',
      'zh-CN',
      '--out',
      'zh.html',
    ]);
    expect(code, err).toBe(0);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>情景对比</h1>');
    expect(html).toMatch(/自主可控推进<span class="badge">参照<\/span>/);
    expect(html).toContain('芯片');
    expect(html.match(/>观测值</g)).toHaveLength(2);
    expect(html).toContain('各行业达到自给率目标的时间');
    // The lever diff in Chinese: sectors joined by "、", phrases and units from the shared templates.
    expect(html).toMatch(
      /<td>所有行业<\/td><td>基础研究投入<\/td><td>1\.00×，2025–2030 年渐变至 1\.50× → 1\.00×<\/td>/,
    );
    expect(html).toMatch(/<td>芯片、[^<]+和[^<]+<\/td>/);
    expect(html).not.toContain('Scenario comparison');
    // The built-in example under its Chinese name and description, as the app shows it; its content
    // hash in the appendix is still that of the scenario the file holds.
    expect(html).not.toContain('Baseline');
    expect(html).toContain('基准情景');
    expect(html).toContain(PRESET_INFO.find((info) => info.id === baseline.id)!.description.zh);
    expect(html.indexOf('自主可控推进')).toBeLessThan(html.indexOf('基准情景'));
    expect(html).toContain(`基准情景: <code>${scenarioContentHash([baseline])}</code>`);
    expect(html).not.toContain(hostile.id);
  });

  it('makes a single-scenario report against the base-year defaults', async () => {
    const { code, html, err } = await report([
      'b.chokepoint',
      '--scenario',
      'zh-push',
      '--out',
      'single.html',
    ]);
    expect(code, err).toBe(0);
    expect(html).toContain('<h1>自主可控推进</h1>');
    expect(html).toContain('Assumptions that differ from the base-year defaults');
    expect(html).toContain('A single scenario has nothing to be compared with.');
    expect(html.match(/<svg /g)).toHaveLength(6);
  });

  it('reports on the first four of a file with more, saying so', async () => {
    write('five-more.chokepoint', [
      baseline,
      hostile,
      chinese,
      getPreset('de-escalation-and-cooperation')!,
      getPreset('push-under-escalation')!,
    ]);
    const first4 = await report(['five-more.chokepoint', '--out', 'four.html']);
    expect(first4.code).toBe(0);
    expect(first4.err).toMatch(/^note: the files hold 5 scenarios; the report compares the first 4 /);
    expect(first4.html).toContain('<h1>Scenario comparison</h1>');
    expect(first4.html).not.toContain('Push under escalation');
  });

  it('refuses what it cannot compare with exit 1 and bad options with exit 2, writing nothing', async () => {
    write('five.chokepoint', [
      baseline,
      hostile,
      chinese,
      getPreset('de-escalation-and-cooperation')!,
      getPreset('push-under-escalation')!,
    ]);
    write('short.chokepoint', [{ ...chinese, id: 'short', horizon: 10 }]);
    const five = [
      'Baseline',
      hostile.id,
      chinese.id,
      'De-escalation and cooperation',
      'Push under escalation',
    ];
    const tooMany = await report([
      'five.chokepoint',
      ...five.flatMap((name) => ['--scenario', name]),
      '--out',
      'no-1.html',
    ]);
    expect(tooMany).toMatchObject({ code: 1, html: '' });
    expect(tooMany.err).toContain('--scenario');
    const years = await report(['a.chokepoint', 'short.chokepoint', '--out', 'no-2.html']);
    expect(years.code).toBe(1);
    expect(years.err).toContain('base year and horizon');
    expect((await report(['a.chokepoint', '--reference', 'nobody', '--out', 'no-3.html'])).code).toBe(1);
    expect((await report(['missing.chokepoint', '--out', 'no-4.html'])).code).toBe(1);
    expect((await report(['a.chokepoint'])).code).toBe(2);
    expect((await report(['a.chokepoint', '--out', 'no-5.html', '--lang', 'fr'])).code).toBe(2);
    expect((await report(['--out', 'no-6.html'])).code).toBe(2);
  });
});
