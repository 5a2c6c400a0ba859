// Writes test/fixtures/engine-reference.json: every output of the engine's reference cases (five presets,
// 20 Monte Carlo draws, the backtest; model versions 1 and 2) as the engine computes them now.
//
//   npx tsx scripts/write-engine-reference.ts
//
// Run it ONLY on the reference engine (commit 60ac2cf, whose version 1 reproduces the version-1 engine of
// commit d24fb15 bit for bit; the stored file was written there). Rewriting it from an engine under test
// would make `test/engine/engine-reference.test.ts` compare the engine with itself.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredNumber } from '../test/engine/engine-reference-cases';
import { referenceOutputs, storeNumber } from '../test/engine/engine-reference-cases';

const REFERENCE_COMMIT = '60ac2cf';

function versionBlock(modelVersion: 1 | 2): string {
  const outputs = referenceOutputs(modelVersion);
  // One series per line, numbers as JavaScript prints them (the shortest form that reads back exactly).
  const lines = Object.entries(outputs).map(
    ([name, values]) =>
      `    ${JSON.stringify(name)}: ${JSON.stringify(values.map((value): StoredNumber => storeNumber(value)))}`,
  );
  return `  "${modelVersion}": {\n${lines.join(',\n')}\n  }`;
}

const text = [
  '{',
  `"engineCommit": ${JSON.stringify(REFERENCE_COMMIT)},`,
  `"versions": {`,
  `${versionBlock(1)},`,
  versionBlock(2),
  '}',
  '}',
  '',
].join('\n');
const path = join(__dirname, '..', 'test', 'fixtures', 'engine-reference.json');
writeFileSync(path, text);
console.log(`wrote ${path} (${(text.length / 1024).toFixed(0)} KiB)`);
