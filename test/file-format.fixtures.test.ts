import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileFormatError, ScenarioFile } from '../shared/file-format';
import {
  describeFileFormatError,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  MAX_SCENARIOS,
  parseScenarioFile,
  serializeScenarioFile,
} from '../shared/file-format';
import { deeplyNestedFile, manyScenariosFile, tooLargeFile } from './fixtures/generate-files';

const FILES = join(__dirname, 'fixtures', 'files');
const read = (name: string) => readFileSync(join(FILES, name), 'utf8');
const VALID = read('valid-single.chokepoint');

function load(name: string, text = read(name)): ScenarioFile {
  const result = parseScenarioFile(text, { fileName: name });
  if (!result.ok) throw new Error(describeFileFormatError(result.error));
  return result.value;
}

function refuse(name: string, text = read(name)): FileFormatError {
  const result = parseScenarioFile(text, { fileName: name });
  if (result.ok) throw new Error(`${name} was accepted`);
  expect(result.error.file).toBe(name);
  expect(describeFileFormatError(result.error)).toContain(name);
  return result.error;
}

/** Exports a loaded file again with the provenance it was exported with. */
function reexport(file: ScenarioFile): string {
  return serializeScenarioFile(file.scenarios, {
    exportedAt: file.exportedAt!,
    appVersion: file.createdBy!.version,
    modelVersion: file.modelVersion,
    extensions: file.extensions,
    restrictionPackages: file.restrictionPackages,
  });
}

describe('valid fixtures', () => {
  it.each([
    'valid-single.chokepoint',
    'valid-many.chokepoint',
    'valid-extensions.chokepoint',
    'valid-display.chokepoint',
    'valid-packages.chokepoint',
  ])('%s loads without warnings and exports to the same bytes', (name) => {
    const file = load(name);
    expect(file.warnings).toEqual([]);
    expect(file.hashMismatch).toBe(false);
    expect(reexport(file)).toBe(read(name));
  });

  it('valid-display keeps the identity the scenario is drawn in', () => {
    expect(load('valid-display.chokepoint').scenarios[0]?.display).toEqual({ identity: 'vermillion' });
  });

  it('valid-packages carries the definition of the package it applies besides a built-in one', () => {
    const file = load('valid-packages.chokepoint');
    expect(file.scenarios[0]?.restrictionPackages).toEqual([
      'hist-2024-december-hbm',
      'team-2027-hbm-extension',
    ]);
    expect(file.restrictionPackages.map((entry) => entry.id)).toEqual(['team-2027-hbm-extension']);
    // The hash covers the package: an edit by hand to it is noticed.
    const edited = load(
      'edited.chokepoint',
      read('valid-packages.chokepoint').replace(
        '"SME": {\n          "restriction": 0.45',
        '"SME": {\n          "restriction": 0.55',
      ),
    );
    expect(edited.hashMismatch).toBe(true);
  });

  it('valid-many holds several scenarios', () => {
    expect(load('valid-many.chokepoint').scenarios.length).toBeGreaterThan(5);
  });

  it('valid-extensions keeps its x- keys', () => {
    const file = load('valid-extensions.chokepoint');
    expect(file.extensions).toEqual({ 'x-exported-by': { tool: 'planning-scripts', version: 4 } });
    expect(file.scenarios[0]).toMatchObject({
      'x-workshop': { room: 'B2' },
      sectors: { IC: { 'x-note': 'from the 2026 review' } },
    });
  });

  it('valid-hash-mismatch loads, flagged as edited by hand', () => {
    const file = load('valid-hash-mismatch.chokepoint');
    expect(file.hashMismatch).toBe(true);
    expect(file.warnings).toEqual([
      { kind: 'hash-mismatch', expected: file.contentHash, found: file.sha256 },
    ]);
    expect(file.scenarios[0]?.sectors.IC?.levers?.rdTaxCut).toBe(0.25);
  });

  it('valid-hand-written loads, without a hash', () => {
    const file = load('valid-hand-written.chokepoint');
    expect(file.warnings).toEqual([{ kind: 'hash-missing' }]);
    expect(file.scenarios.map((scenario) => scenario.id)).toEqual(['hand-written']);
  });
});

const x = (n: number) => Array.from({ length: n }, () => 'a');

/** Each malformed or hostile fixture, the error kind it must get and the JSON path it must name. */
const REFUSED: [string, FileFormatError['kind'], (string | number)[]][] = [
  ['not-json.chokepoint', 'invalid-json', []],
  ['wrong-format.chokepoint', 'not-a-chokepoint-file', ['format']],
  ['format-version-2.chokepoint', 'format-version-too-new', ['formatVersion']],
  ['too-deep.chokepoint', 'too-deep', ['scenarios', 0, 'x-nested', ...x(29)]],
  ['proto-key.chokepoint', 'forbidden-key', ['scenarios', 0, 'sectors', 'IC', 'data', '__proto__']],
  ['constructor-key.chokepoint', 'forbidden-key', ['scenarios', 0, 'parameters', 'constructor']],
  [
    'non-finite-number.chokepoint',
    'non-finite-number',
    ['scenarios', 0, 'sectors', 'SME', 'levers', 'procurement'],
  ],
  ['duplicate-ids.chokepoint', 'duplicate-id', ['scenarios', 1, 'id']],
  ['duplicate-key.chokepoint', 'duplicate-key', ['scenarios', 0, 'horizon']],
  ['unknown-lever.chokepoint', 'schema', ['scenarios', 0, 'sectors', 'IC', 'levers', 'basicResearh']],
  ['missing-field.chokepoint', 'schema', ['scenarios', 0, 'name']],
  ['wrong-type.chokepoint', 'schema', ['scenarios', 0, 'horizon']],
  ['unknown-identity.chokepoint', 'schema', ['scenarios', 0, 'display', 'identity']],
  [
    'lever-out-of-range.chokepoint',
    'semantic',
    ['scenarios', 0, 'sectors', 'IC', 'levers', 'basicResearch', 1, 'value'],
  ],
  ['unknown-sector.chokepoint', 'semantic', ['scenarios', 0, 'sectors', 'SEM']],
  ['schedule-unsorted.chokepoint', 'semantic', ['scenarios', 0, 'sectors', 'IC', 'restriction', 2, 'year']],
  [
    'first-step-after-base-year.chokepoint',
    'semantic',
    ['scenarios', 0, 'sectors', 'IC', 'levers', 'basicResearch', 0, 'year'],
  ],
  ['unknown-package.chokepoint', 'semantic', ['scenarios', 0, 'restrictionPackages', 1]],
  ['package-unknown-key.chokepoint', 'schema', ['restrictionPackages', 0, 'source']],
];

describe('refused fixtures', () => {
  it.each(REFUSED)('%s is refused as %s at its path', (name, kind, path) => {
    const error = refuse(name);
    expect(error.kind).toBe(kind);
    expect(error.path).toEqual(path);
    if ((error.kind === 'schema' || error.kind === 'semantic') && name !== 'package-unknown-key.chokepoint')
      expect(error.issues).toHaveLength(1);
  });

  it('messages say what was expected and what was found', () => {
    const message = (name: string) => describeFileFormatError(refuse(name));
    expect(message('not-json.chokepoint')).toBe(
      'not-json.chokepoint is not valid JSON: at line 19, column 7, expected "," or "}", found "seed".',
    );
    expect(message('format-version-2.chokepoint')).toContain(
      'format version 2, but this version of Chokepoint Planner reads format version 1',
    );
    expect(message('unknown-lever.chokepoint')).toContain(
      '$.scenarios[0].sectors.IC.levers.basicResearh: unknown key "basicResearh" (did you mean "basicResearch"?)',
    );
    expect(message('lever-out-of-range.chokepoint')).toContain(
      '$.scenarios[0].sectors.IC.levers.basicResearch[1].value: expected a value from 0.5 to 3 (the range of basicResearch), found 4',
    );
    expect(message('wrong-type.chokepoint')).toContain(
      '$.scenarios[0].horizon: expected a number, found "15 years"',
    );
    expect(message('missing-field.chokepoint')).toContain('$.scenarios[0].name: missing required field');
    expect(message('unknown-identity.chokepoint')).toContain(
      '$.scenarios[0].display.identity: expected "blue" or "vermillion" or "bluish-green" or "reddish-purple" or "ochre" or "violet", found "red"',
    );
    expect(message('unknown-package.chokepoint')).toContain(
      '$.scenarios[0].restrictionPackages[1]: unknown restriction package "team-2027-hbm-extensoin"',
    );
    expect(message('package-unknown-key.chokepoint')).toContain(
      '$.restrictionPackages[0].sourse: unknown key "sourse" (did you mean "source"?)',
    );
  });

  it('a file over 20 MB is refused before it is parsed', () => {
    const text = tooLargeFile(VALID, MAX_FILE_BYTES);
    expect(JSON.parse(text)).toBeTruthy();
    const error = refuse('large.chokepoint', text);
    expect(error).toMatchObject({ kind: 'too-large', path: [], limit: MAX_FILE_BYTES });
    expect(describeFileFormatError(error)).toBe(
      'large.chokepoint is too large: 20971521 bytes, expected at most 20971520 bytes.',
    );
  });

  it('a file of exactly 20 MB is read', () => {
    const text = tooLargeFile(VALID, MAX_FILE_BYTES - 1);
    expect(text.length).toBe(MAX_FILE_BYTES);
    expect(load('large.chokepoint', text).scenarios).toHaveLength(1);
  });

  it('more than 1000 scenarios are refused; 1000 are read', () => {
    expect(refuse('many.chokepoint', manyScenariosFile(VALID, MAX_SCENARIOS + 1))).toEqual({
      kind: 'too-many-scenarios',
      file: 'many.chokepoint',
      path: ['scenarios'],
      count: 1001,
      limit: 1000,
    });
    expect(load('many.chokepoint', manyScenariosFile(VALID, MAX_SCENARIOS)).scenarios).toHaveLength(1000);
  });

  it('nesting is refused one level past the limit', () => {
    // The extension value starts at level 4 (envelope, scenarios, scenario, value).
    expect(load('deep.chokepoint', deeplyNestedFile(VALID, MAX_DEPTH - 3 - 12)).scenarios).toHaveLength(1);
    expect(refuse('deep.chokepoint', deeplyNestedFile(VALID, MAX_DEPTH - 3 + 1))).toMatchObject({
      kind: 'too-deep',
      line: 20,
    });
  });
});
