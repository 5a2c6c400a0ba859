import { describe, expect, it } from 'vitest';
import { sampleScenario, sampleScenarioWithExtensions } from '../../test/support/sample-scenario';
import { parseScenarioShape } from './validate-scenario';

function issuesOf(value: unknown) {
  const result = parseScenarioShape(value);
  if (result.ok) throw new Error('expected the schema to refuse the value');
  return result.error;
}

function withSector(sector: unknown) {
  return { ...sampleScenario(), sectors: { IC: sector } };
}

describe('scenarioSchema', () => {
  it('accepts a scenario that uses every field', () => {
    const result = parseScenarioShape(sampleScenario());
    expect(result).toEqual({ ok: true, value: sampleScenario() });
  });

  it('keeps x- keys on the scenario and on sector entries', () => {
    const result = parseScenarioShape(sampleScenarioWithExtensions());
    expect(result.ok && result.value).toMatchObject({
      'x-workshop': { room: 'B2' },
      sectors: { IC: { 'x-note': 'from the 2026 review' } },
    });
  });

  it('reports an unknown key at its own path, with the likely intended key', () => {
    const issues = issuesOf(withSector({ levers: { basicResearh: 1 } }));
    expect(issues).toEqual([
      {
        path: ['sectors', 'IC', 'levers', 'basicResearh'],
        message: 'unknown key "basicResearh" (did you mean "basicResearch"?)',
      },
    ]);
  });

  it('refuses x- keys where keys are a fixed list of values (levers, data, parameters, step points)', () => {
    const issues = issuesOf(
      withSector({
        levers: { 'x-a': 1 },
        data: { 'x-b': 1 },
        parameters: { 'x-c': 1 },
        restriction: [{ year: 2025, value: 0.1, 'x-d': 1 }],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['sectors', 'IC', 'levers', 'x-a'],
      ['sectors', 'IC', 'restriction', 0, 'x-d'],
      ['sectors', 'IC', 'data', 'x-b'],
      ['sectors', 'IC', 'parameters', 'x-c'],
    ]);
  });

  it('lists the allowed keys when no key is close', () => {
    const [issue] = issuesOf({ ...sampleScenario(), colour: 'red' });
    expect(issue?.path).toEqual(['colour']);
    expect(issue?.message).toMatch(
      /^unknown key "colour"; expected one of id, name, .*, or an extension key starting with "x-"$/,
    );
  });

  it('takes a schedule as a finite number or a non-empty list of integer-year steps', () => {
    expect(issuesOf(withSector({ restriction: [] }))).toEqual([
      { path: ['sectors', 'IC', 'restriction'], message: 'expected at least 1 item, found 0' },
    ]);
    expect(issuesOf(withSector({ restriction: 'high' }))).toEqual([
      {
        path: ['sectors', 'IC', 'restriction'],
        message: 'expected a number or a list of { "year": …, "value": … } steps, found "high"',
      },
    ]);
    expect(issuesOf(withSector({ restriction: [{ year: 2025.5, value: 0.1 }] }))).toEqual([
      { path: ['sectors', 'IC', 'restriction', 0, 'year'], message: 'expected a whole number, found 2025.5' },
    ]);
    expect(issuesOf(withSector({ restriction: [{ year: 2025 }] }))).toEqual([
      {
        path: ['sectors', 'IC', 'restriction', 0, 'value'],
        message: 'missing required field (expected a number)',
      },
    ]);
    expect(issuesOf(withSector({ restriction: Infinity }))[0]?.message).toContain(
      'found the non-finite number Infinity',
    );
  });

  it('allows omega per sector only, as a map of sector ids to numbers, and omegaScale globally only', () => {
    expect(parseScenarioShape(withSector({ parameters: { omega: { SME: 0.3, LITH: 0 } } })).ok).toBe(true);
    expect(
      issuesOf({ ...withSector({ parameters: { omegaScale: 2 } }), parameters: { omega: {} } }).map(
        (i) => i.path,
      ),
    ).toEqual([
      ['sectors', 'IC', 'parameters', 'omegaScale'],
      ['parameters', 'omega'],
    ]);
    expect(issuesOf(withSector({ parameters: { omega: { 'bad id': 0.1 } } }))[0]?.path).toEqual([
      'sectors',
      'IC',
      'parameters',
      'omega',
      'bad id',
    ]);
  });

  it('limits the fields to sane values', () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ id: '-starts-with-dash' }, ['id']],
      [{ id: 'a'.repeat(101) }, ['id']],
      [{ name: '' }, ['name']],
      [{ name: 'n'.repeat(201) }, ['name']],
      [{ description: 'd'.repeat(10_001) }, ['description']],
      [{ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, ['tags']],
      [{ tags: ['t'.repeat(61)] }, ['tags', 0]],
      [{ createdAt: '2026-11-28' }, ['createdAt']],
      [{ updatedAt: 'yesterday' }, ['updatedAt']],
      [{ baseYear: 1989 }, ['baseYear']],
      [{ baseYear: 2101 }, ['baseYear']],
      [{ horizon: 0 }, ['horizon']],
      [{ horizon: 51 }, ['horizon']],
      [{ horizon: 2.5 }, ['horizon']],
      [{ seed: -1 }, ['seed']],
      [{ seed: 2 ** 32 }, ['seed']],
      [{ catalogue: '' }, ['catalogue']],
      [{ parent: { id: 'p', revision: -1 } }, ['parent', 'revision']],
      [{ sectors: { __proto__x: {} } }, ['sectors', '__proto__x']],
    ];
    for (const [change, path] of cases) {
      expect(
        issuesOf({ ...sampleScenario(), ...change }).map((issue) => issue.path),
        JSON.stringify(change),
      ).toEqual([path]);
    }
    expect(
      parseScenarioShape({ ...sampleScenario(), seed: 2 ** 32 - 1, horizon: 50, baseYear: 2100 }).ok,
    ).toBe(true);
  });

  it('says what was expected and what was found', () => {
    expect(issuesOf({ ...sampleScenario(), horizon: '15' })).toEqual([
      { path: ['horizon'], message: 'expected a number, found "15"' },
    ]);
    expect(issuesOf({ ...sampleScenario(), baseYear: 1989 })).toEqual([
      { path: ['baseYear'], message: 'expected a number ≥ 1990, found 1989' },
    ]);
    expect(issuesOf({ ...sampleScenario(), createdAt: 'now' })).toEqual([
      {
        path: ['createdAt'],
        message: 'expected an ISO 8601 timestamp such as 2026-11-28T10:00:00Z, found "now"',
      },
    ]);
    const { name: _name, ...nameless } = sampleScenario();
    expect(issuesOf(nameless)).toEqual([
      { path: ['name'], message: 'missing required field (expected text)' },
    ]);
  });

  it('refuses extension values that are not plain JSON', () => {
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 30; i++) cursor = (cursor.a = {}) as Record<string, unknown>;
    expect(issuesOf({ ...sampleScenario(), 'x-deep': deep })[0]?.message).toMatch(/levels of nesting/);
    expect(issuesOf({ ...sampleScenario(), 'x-date': new Date(0) })[0]?.message).toMatch(/not plain JSON/);
    expect(issuesOf({ ...sampleScenario(), 'x-big': [1, 2, Infinity] })).toEqual([
      { path: ['x-big', 2], message: 'expected a finite number, found Infinity' },
    ]);
    expect(issuesOf({ ...sampleScenario(), 'x-bad': JSON.parse('{"__proto__": 1}') })).toEqual([
      { path: ['x-bad', '__proto__'], message: 'the key "__proto__" is not allowed anywhere in a scenario' },
    ]);
  });

  it('reports every problem in one pass', () => {
    const issues = issuesOf({
      ...sampleScenario(),
      horizon: 0,
      typo: 1,
      sectors: { IC: { levers: { clusters: 'x', lever: 1 } } },
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      ['horizon'],
      ['sectors', 'IC', 'levers', 'clusters'],
      ['sectors', 'IC', 'levers', 'lever'],
      ['typo'],
    ]);
  });
});
