import { describe, expect, it } from 'vitest';
import { getCatalogue, PRESETS } from '../catalogue';
import { sampleScenario, sampleScenarioWithExtensions } from '../../test/support/sample-scenario';
import { parseScenarioFile } from './parse-scenario-file';
import { serializeScenarioFile } from './serialize-scenario-file';

const META = { exportedAt: '2026-11-28T12:00:00Z', appVersion: '0.1.0', modelVersion: 1 };

function errorOf(text: string, options = {}) {
  const result = parseScenarioFile(text, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

function envelope(scenarios: unknown[], extra: object = {}): string {
  return JSON.stringify({
    format: 'chokepoint-scenarios',
    formatVersion: 1,
    modelVersion: 1,
    scenarios,
    ...extra,
  });
}

describe('parseScenarioFile', () => {
  it('reads back what was exported, with its provenance and no warnings', () => {
    const text = serializeScenarioFile([sampleScenarioWithExtensions()], {
      ...META,
      extensions: { 'x-tool': 'test' },
    });
    const result = parseScenarioFile(text);
    expect(result).toMatchObject({
      ok: true,
      value: {
        formatVersion: 1,
        modelVersion: 1,
        createdBy: { app: 'chokepoint-planner', version: '0.1.0' },
        exportedAt: '2026-11-28T12:00:00Z',
        scenarios: [sampleScenarioWithExtensions()],
        hashMismatch: false,
        extensions: { 'x-tool': 'test' },
        warnings: [],
      },
    });
  });

  it('loads the built-in presets and writes them back byte for byte', () => {
    const text = serializeScenarioFile(PRESETS, META);
    const result = parseScenarioFile(text);
    expect(result.ok && serializeScenarioFile(result.value.scenarios, META)).toBe(text);
  });

  it('loads a file edited by hand, and says so', () => {
    const text = serializeScenarioFile([sampleScenario()], META).replace(
      '"rdTaxCut": 0.2',
      '"rdTaxCut": 0.25',
    );
    const result = parseScenarioFile(text);
    expect(result).toMatchObject({
      ok: true,
      value: { hashMismatch: true, warnings: [{ kind: 'hash-mismatch' }] },
    });
    const noHash = parseScenarioFile(envelope([sampleScenario()]));
    expect(noHash).toMatchObject({
      ok: true,
      value: { hashMismatch: true, warnings: [{ kind: 'hash-missing' }] },
    });
  });

  it('keeps the hash valid when only the layout changed', () => {
    const text = serializeScenarioFile([sampleScenario()], META);
    const minified = JSON.stringify(JSON.parse(text));
    expect(parseScenarioFile(minified)).toMatchObject({
      ok: true,
      value: { hashMismatch: false, warnings: [] },
    });
  });

  it('accepts a different model version (shown, not refused) and no createdBy or exportedAt', () => {
    const result = parseScenarioFile(envelope([sampleScenario()], { modelVersion: 7 }));
    expect(result).toMatchObject({ ok: true, value: { modelVersion: 7 } });
    expect(result.ok && 'createdBy' in result.value).toBe(false);
  });

  it('names the file in every error', () => {
    expect(errorOf('nope', { fileName: 'plan.chokepoint' })).toMatchObject({
      kind: 'invalid-json',
      file: 'plan.chokepoint',
    });
    expect(errorOf('nope')).not.toHaveProperty('file');
  });

  it('runs the cheap, protective stages first', () => {
    expect(errorOf('x'.repeat(101), { maxBytes: 100 })).toMatchObject({
      kind: 'too-large',
      bytes: 101,
      limit: 100,
    });
    expect(errorOf('['.repeat(40) + 'not json')).toMatchObject({ kind: 'too-deep' });
    expect(errorOf('{"format": "other", "a": 1e400}')).toMatchObject({
      kind: 'non-finite-number',
      path: ['a'],
    });
    expect(errorOf('{"format": "other", "constructor": 1}')).toMatchObject({
      kind: 'forbidden-key',
      path: ['constructor'],
    });
    expect(errorOf('{"a": 1, "a": 2} trailing')).toMatchObject({ kind: 'invalid-json' });
    expect(errorOf('{"format": "other", "a": 1, "a": 2}')).toMatchObject({
      kind: 'duplicate-key',
      path: ['a'],
    });
    const tooMany = envelope(Array.from({ length: 1001 }, () => ({})));
    expect(errorOf(tooMany)).toEqual({
      kind: 'too-many-scenarios',
      path: ['scenarios'],
      count: 1001,
      limit: 1000,
    });
  });

  it('refuses duplicate scenario ids, pointing at the second', () => {
    expect(errorOf(envelope([sampleScenario('a'), sampleScenario('b'), sampleScenario('a')]))).toEqual({
      kind: 'duplicate-id',
      path: ['scenarios', 2, 'id'],
      id: 'a',
      index: 2,
      firstIndex: 0,
    });
  });

  it('locates schema and semantic issues in the file', () => {
    const broken = { ...sampleScenario('b'), horizon: 0 };
    expect(errorOf(envelope([sampleScenario('a'), broken]))).toEqual({
      kind: 'schema',
      path: ['scenarios', 1, 'horizon'],
      issues: [{ path: ['scenarios', 1, 'horizon'], message: 'expected a number ≥ 1, found 0' }],
    });
    const outOfRange = { ...sampleScenario('b'), sectors: { IC: { levers: { openness: 2 } } } };
    expect(errorOf(envelope([sampleScenario('a'), outOfRange]))).toMatchObject({
      kind: 'semantic',
      path: ['scenarios', 1, 'sectors', 'IC', 'levers', 'openness'],
    });
    expect(errorOf(envelope([sampleScenario()], { extra: true }))).toMatchObject({
      kind: 'schema',
      path: ['extra'],
    });
  });

  it('checks against the catalogues it is given', () => {
    const mine = { ...getCatalogue('default-2025')!, id: 'mine' };
    const text = envelope([{ ...sampleScenario(), catalogue: 'mine' }]);
    expect(parseScenarioFile(text, { catalogues: (id) => (id === 'mine' ? mine : undefined) }).ok).toBe(true);
    expect(errorOf(text)).toMatchObject({ kind: 'semantic', path: ['scenarios', 0, 'catalogue'] });
  });
});
