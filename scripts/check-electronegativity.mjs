#!/usr/bin/env node
// Runs Electronegativity over the project and fails on any finding not accepted, with a reason, in
// electronegativity-allowlist.json. The tool always exits 0 and waits ~10 s for a network check that
// cannot succeed offline, so its SARIF output is read instead of its exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFindings } from './electronegativity-allowlist.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const outputDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const output = join(outputDir, 'results.sarif');
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const ran = spawnSync(process.execPath, [cli, '-i', root, '-r', '-o', output, '-e', electronVersion], {
  cwd: root,
  encoding: 'utf8',
  // A hang fails the check; a machine busy with other work can take minutes (it reads the whole tree).
  timeout: 600_000,
});
let sarif;
try {
  sarif = JSON.parse(readFileSync(output, 'utf8'));
} catch {
  sarif = undefined;
}
rmSync(outputDir, { recursive: true, force: true });
if (!sarif) {
  console.error(`Electronegativity produced no results (exit ${ran.status}):\n${ran.stderr || ran.stdout}`);
  process.exit(1);
}
const { accepted } = JSON.parse(readFileSync(join(root, 'electronegativity-allowlist.json'), 'utf8'));
const findings = sarif.runs.flatMap((run) =>
  run.results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    return {
      rule: result.ruleId,
      file: location?.artifactLocation?.uri ?? '?',
      line: location?.region?.startLine ?? 0,
    };
  }),
);
const sourceLine = (file, line) => {
  try {
    return readFileSync(join(root, file), 'utf8').split('\n')[line - 1]?.trim();
  } catch {
    return undefined;
  }
};
const { unexplained, stale } = checkFindings(findings, accepted, sourceLine);
for (const entry of stale) {
  // A built copy (dist/) is only there after a build.
  if (!entry.file.startsWith('dist/'))
    console.log(
      `note: allowlisted ${entry.rule} in ${entry.file} ("${entry.source}") no longer occurs; remove it.`,
    );
}
if (unexplained.length) {
  console.error('Electronegativity findings without an accepted reason:');
  for (const f of unexplained)
    console.error(`  ${f.rule} ${f.file}:${f.line}: ${sourceLine(f.file, f.line) ?? ''}`);
  process.exit(1);
}
console.log(
  `Electronegativity: ${findings.length} findings, all explained in electronegativity-allowlist.json.`,
);
