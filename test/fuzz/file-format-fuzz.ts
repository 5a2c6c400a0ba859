import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { getCatalogue } from '../../shared/catalogue';
import { runnableIssues } from '../../shared/engine/runnable-issues';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { runPrepared } from '../../shared/engine/run-prepared';
import {
  canonicalJson,
  checkEncoding,
  parseScenarioFile,
  serializeScenarioFile,
} from '../../shared/file-format';

/**
 * The file-format fuzz target: structured mutations of the fixture files (values replaced by other
 * JSON, extreme numbers, keys removed or invented, lists multiplied, nesting, text cut or corrupted,
 * other encodings) through the whole path a file takes: bytes → encoding → parse → validate (the model
 * run once) → run, and parse → export → parse. A mutant may be refused, with a typed error; it must
 * never throw, never give NaN, and an accepted one must round-trip.
 */

const FIXTURES = join(__dirname, '..', 'fixtures', 'files');

export const SEEDS: readonly { readonly name: string; readonly text: string }[] = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.chokepoint'))
  .map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const EXTREMES = [
  0,
  -0,
  5e-324,
  -5e-324,
  1e-300,
  1e300,
  -1e300,
  1.7976931348623157e308,
  2.5,
  -1,
  1e6,
  2 ** 53,
];
const NAMES = [
  'basicResearch',
  'restriction',
  'IC',
  'ic',
  'V0',
  'lag0',
  'a',
  'psi',
  'omegaScale',
  'lagR',
  'x-note',
  'year',
  'value',
  'sectors',
  'scenarios',
  '__proto__',
  'constructor',
];

const jsonArbitrary: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(...EXTREMES, null, true, '', 'x'),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** One structural edit at a path chosen by `pick` (a fraction of the way through the tree). */
type Edit =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'remove'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: Json }
  | { kind: 'multiply'; at: number; times: number }
  | { kind: 'nest'; at: number; depth: number };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    value: jsonArbitrary,
  }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('add-key' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    key: fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 50 })),
    value: jsonArbitrary,
  }),
  fc.record({
    kind: fc.constant('multiply' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    times: fc.integer({ min: 2, max: 400 }),
  }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    depth: fc.integer({ min: 1, max: 40 }),
  }),
);

/** A text-level edit after serializing: the bytes a broken tool or a hostile sender would produce. */
type TextEdit = 'none' | 'truncate' | 'bad-byte' | 'utf16' | 'bom' | 'duplicate-key' | 'huge-number';

export interface Mutant {
  readonly seed: number;
  readonly edits: readonly Edit[];
  readonly textEdit: TextEdit;
  readonly cut: number;
}

export const mutantArbitrary: fc.Arbitrary<Mutant> = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  edits: fc.array(editArbitrary, { minLength: 0, maxLength: 4 }),
  textEdit: fc.constantFrom<TextEdit>(
    'none',
    'none',
    'none',
    'truncate',
    'bad-byte',
    'utf16',
    'bom',
    'duplicate-key',
    'huge-number',
  ),
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** Every container in the tree, in document order, with how to change its children. */
function containers(root: Json): (Json[] | { [key: string]: Json })[] {
  const found: (Json[] | { [key: string]: Json })[] = [];
  const visit = (value: Json) => {
    if (value === null || typeof value !== 'object') return;
    found.push(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child);
  };
  visit(root);
  return found;
}

function applyEdit(root: Json, edit: Edit): Json {
  const all = containers(root);
  if (all.length === 0) return edit.kind === 'replace' ? edit.value : root;
  const target = all[Math.min(all.length - 1, Math.floor(edit.at * all.length))]!;
  const keys = Array.isArray(target) ? target.map((_, i) => i) : Object.keys(target);
  const key = keys[Math.floor(edit.at * 7919) % Math.max(1, keys.length)];
  const get = (k: string | number) => (target as Record<string | number, Json>)[k]!;
  const set = (k: string | number, value: Json) =>
    void ((target as Record<string | number, Json>)[k] = value);
  switch (edit.kind) {
    case 'replace':
      if (key !== undefined) set(key, edit.value);
      break;
    case 'remove':
      if (key === undefined) break;
      if (Array.isArray(target)) target.splice(key as number, 1);
      else delete (target as Record<string, Json>)[key as string];
      break;
    case 'add-key':
      if (Array.isArray(target)) target.push(edit.value);
      else
        Object.defineProperty(target, edit.key, {
          value: edit.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      break;
    case 'multiply':
      if (Array.isArray(target) && target.length > 0) {
        const copies = Array.from({ length: edit.times }, () => structuredClone(target[0]!));
        target.push(...copies);
      }
      break;
    case 'nest':
      if (key !== undefined) {
        let value = get(key);
        for (let i = 0; i < edit.depth; i++) value = i % 2 ? [value] : { a: value };
        set(key, value);
      }
      break;
  }
  return root;
}

/** The mutant's bytes. */
export function mutate(mutant: Mutant): Uint8Array {
  const seed = SEEDS[mutant.seed]!.text;
  let text: string;
  try {
    const root = mutant.edits.reduce(applyEdit, JSON.parse(seed) as Json);
    text = JSON.stringify(root, null, 1);
  } catch {
    text = seed;
  }
  const at = Math.floor(mutant.cut * text.length);
  switch (mutant.textEdit) {
    case 'truncate':
      return Buffer.from(text.slice(0, at));
    case 'bad-byte':
      return Buffer.concat([
        Buffer.from(text.slice(0, at)),
        Buffer.from([0xc3, 0x28]),
        Buffer.from(text.slice(at)),
      ]);
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 'duplicate-key':
      return Buffer.from(
        text.replace(/\{\n(\s*)"/, (whole, space: string) => `{\n${space}"dup": 1, "dup": 2,\n${space}"`),
      );
    case 'huge-number':
      return Buffer.from(text.replace(/(\d+(\.\d+)?)/, '1e400'));
    default:
      return Buffer.from(text);
  }
}

/** What became of a mutant: refused by the reader (its kind), refused by validate, or accepted and run. */
export type Outcome = { readonly kind: string };

function isFiniteDeep(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return false;
  return true;
}

/**
 * The target: throws (an assertion) only when the reader or the engine misbehaves: an exception, a
 * NaN in a run of a file that validated, or an accepted file that does not survive export → import.
 */
export function checkMutant(bytes: Uint8Array): Outcome {
  const start = checkEncoding(bytes);
  if (!start.ok) return { kind: start.error.kind };
  const text = Buffer.from(bytes).toString('utf8', start.value);
  const parsed = parseScenarioFile(text, { fileName: 'mutant.chokepoint' });
  if (!parsed.ok) return { kind: parsed.error.kind };
  for (const scenario of parsed.value.scenarios) {
    const catalogue = getCatalogue(scenario.catalogue);
    if (!catalogue) throw new Error(`accepted a scenario with an unknown catalogue ${scenario.catalogue}`);
    if (runnableIssues(scenario, catalogue).length > 0) return { kind: 'not-runnable' };
    const prepared = prepareScenario(scenario, catalogue);
    const run = prepared.ok ? runPrepared(prepared.value) : prepared;
    if (!run.ok) throw new Error(`validated but run refused: ${JSON.stringify(run.error)}`);
    for (const series of [run.value.S, run.value.C, run.value.aggregateS, run.value.chokepointsOpen])
      if (!isFiniteDeep(series)) throw new Error('validated but the run gave a non-finite number');
  }
  const exported = serializeScenarioFile(parsed.value.scenarios, {
    exportedAt: '2026-11-28T12:00:00Z',
    appVersion: '0.1.0',
    modelVersion: 1,
  });
  const again = parseScenarioFile(exported);
  if (!again.ok)
    throw new Error(`an accepted file does not read back after export: ${JSON.stringify(again.error)}`);
  if (canonicalJson(again.value.scenarios) !== canonicalJson(parsed.value.scenarios))
    throw new Error('an accepted file changed on export → import');
  return { kind: 'accepted' };
}
