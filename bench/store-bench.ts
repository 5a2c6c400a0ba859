import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRESETS } from '../shared/catalogue/presets';
import type { Scenario } from '../shared/domain/scenario';
import { appendRevision } from '../services/store/append-revision';
import { libraryPath } from '../services/store/library-file';
import { openStore } from '../services/store/open-store';
import { createScenarioLibrary } from '../services/store/scenario-library';
import type { StoreContext } from '../services/store/store-context';
import { createStoreContext } from '../services/store/store-context';
import { thousandScenarioFile } from './engine-bench';

const SCENARIOS = 10_000;
const REVISIONS = 5;
const TAGS = [
  'workshop',
  'export-controls',
  'chips',
  'review-2026',
  'ministry',
  'draft',
  'baseline-family',
  'team-b',
];

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function sample(iterations: number, fn: (i: number) => unknown): number {
  for (let i = 0; i < Math.min(20, iterations); i++) fn(i);
  return median(Array.from({ length: iterations }, (_, i) => time(() => fn(i))));
}

function benchScenario(i: number, revision: number): Scenario {
  const preset = PRESETS[i % PRESETS.length] as Scenario;
  return {
    ...preset,
    id: `lib-${String(i).padStart(5, '0')}`,
    name: `${preset.name} ${i}`,
    author: i % 3 === 0 ? 'Li Wei' : 'Planning unit',
    tags: [TAGS[i % TAGS.length] as string, TAGS[(i * 7 + 3) % TAGS.length] as string],
    description: `Revision ${revision} of variant ${i}.`,
    seed: i * 10 + revision,
  };
}

/** The library's state after years of use, written in bulk (validation is what `save` adds on top). */
function fill(ctx: StoreContext): void {
  const batch = ctx.db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++)
      for (let r = 1; r <= REVISIONS; r++)
        appendRevision(ctx, benchScenario(i, r), { origin: 'save', event: { kind: 'edit' } });
  });
  for (let from = 0; from < SCENARIOS; from += 1000) batch(from, Math.min(SCENARIOS, from + 1000));
}

/**
 * Store figures with 10,000 scenarios of 5 revisions each in a temporary database on disk (WAL,
 * synchronous FULL): list with search, open one, save one revision, import a 1,000-scenario file,
 * and size on disk per revision. Targets: list+search ≤ 30 ms, open ≤ 2 ms, save ≤ 2 ms, import ≤ 2 s.
 */
export async function runStoreBench(): Promise<Record<string, number | string>> {
  const folder = mkdtempSync(join(tmpdir(), 'chokepoint-store-bench-'));
  try {
    const path = libraryPath(folder);
    const created = openStore({ path });
    if (!created.ok) throw new Error(created.error.message);
    const ctx = createStoreContext(created.value.db, { appVersion: 'bench' });
    const fillMs = time(() => fill(ctx));
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytesPerRevision = statSync(path).size / (SCENARIOS * REVISIONS);
    ctx.db.close();

    // Opening runs quick_check over the whole file: worth knowing at this size.
    const openStart = process.hrtime.bigint();
    const opened = openStore({ path });
    const openLibraryMs = Number(process.hrtime.bigint() - openStart) / 1e6;
    if (!opened.ok) throw new Error(opened.error.message);
    const live = createScenarioLibrary(createStoreContext(opened.value.db, { appVersion: 'bench' }));

    const searches = ['escalation', 'push 12', 'li wei', 'draft'];
    let matches = 0;
    const listSearchMs = sample(100, (i) => {
      const found = live.list({ text: searches[i % searches.length] });
      if (found.ok) matches = found.value.length;
    });
    const listTagMs = sample(100, () => live.list({ tag: 'workshop', text: 'baseline' }));
    const listAllMs = sample(50, () => live.list());
    const openOneMs = sample(1000, (i) => live.get(`lib-${String((i * 7919) % SCENARIOS).padStart(5, '0')}`));
    const saveMs = sample(300, (i) => {
      const saved = live.save(benchScenario((i * 104729) % SCENARIOS, 100 + i));
      if (!saved.ok) throw new Error(saved.error.message);
    });
    const file = thousandScenarioFile(1000);
    const importMs = time(() => {
      const report = live.importFile({ text: file, fileName: 'thousand.chokepoint', onConflict: 'skip' });
      if (!report.ok || report.value.added.length !== 1000)
        throw new Error('import of 1,000 scenarios failed');
    });
    opened.value.db.close();

    return {
      'store: scenarios × revisions': `${SCENARIOS} × ${REVISIONS}`,
      'store: fill (bulk, ms)': round(fillMs),
      'store: open library incl. quick_check (ms)': round(openLibraryMs),
      'store: list + text search, median ms (target ≤ 30)': round(listSearchMs),
      'store: list + tag filter + text, median ms (target ≤ 30)': round(listTagMs),
      'store: list all 10,000, median ms': round(listAllMs),
      'store: last search matched (rows)': matches,
      'store: open one scenario, median ms (target ≤ 2)': round(openOneMs),
      'store: save one revision (WAL, sync FULL), median ms (target ≤ 2)': round(saveMs),
      'store: import 1,000-scenario file, ms (target ≤ 2000)': round(importMs),
      'store: database bytes per scenario revision': Math.round(bytesPerRevision),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

if (/store-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  void runStoreBench().then((figures) => {
    for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(66)} ${value}`);
  });
}
