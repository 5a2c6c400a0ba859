import packageJson from '../../../package.json';
import { getCatalogue } from '../../../shared/catalogue';
import type { Scenario } from '../../../shared/domain/scenario';
import { summarizeRevision } from '../../../shared/history/revision-summary';
import { nameKey, uniqueName } from '../../../shared/history/unique-name';
import { contentHashOf } from '../append-revision';
import type { Migration } from './migration';

interface Row {
  readonly id: string;
  readonly name: string;
  readonly head_revision: number;
}

/**
 * Names become unique in the library (outside the trash): before this version a rename could give two
 * scenarios one name, and pickers, legends and slides could then not tell them apart. Of scenarios
 * sharing a name (ignoring case and surrounding spaces), the one created first keeps it; each other is
 * numbered as an import numbers a clash ("Baseline (2)"), in a new revision whose history says it was
 * renamed, so nothing is lost and the change can be undone by restoring the revision before it.
 */
export const migration0006: Migration = {
  version: 6,
  name: '0006-unique-names',
  up(db) {
    const rows = db
      .prepare(
        `SELECT id, name, head_revision FROM scenarios WHERE deleted_at IS NULL ORDER BY created_at, id`,
      )
      .all() as Row[];
    const kept = new Set<string>();
    const clashing: Row[] = [];
    for (const row of rows) {
      if (kept.has(nameKey(row.name))) clashing.push(row);
      else kept.add(nameKey(row.name));
    }
    if (clashing.length === 0) return;
    const names = rows.map((row) => row.name);
    const now = new Date().toISOString();
    const head = db.prepare('SELECT document FROM revisions WHERE scenario_id = ? AND revision = ?').pluck();
    const insert = db.prepare(
      `INSERT INTO revisions (scenario_id, revision, saved_at, app_version, origin, provenance, content_hash, document, author, summary)
       VALUES (?, ?, ?, ?, 'rename', ?, ?, ?, '', ?)`,
    );
    const update = db.prepare(
      'UPDATE scenarios SET name = ?, updated_at = ?, head_revision = ? WHERE id = ?',
    );
    for (const row of clashing) {
      const name = uniqueName(row.name, names);
      names.push(name);
      const document = head.get(row.id, row.head_revision) as string | undefined;
      // A scenario that lost its head revision is the integrity check's to report, not this step's.
      if (document === undefined) continue;
      const previous = JSON.parse(document) as Scenario;
      const scenario: Scenario = { ...previous, name, updatedAt: now };
      const summary = summarizeRevision(
        previous,
        scenario,
        { kind: 'edit' },
        getCatalogue(scenario.catalogue),
      );
      const revision = row.head_revision + 1;
      insert.run(
        row.id,
        revision,
        now,
        packageJson.version,
        JSON.stringify({ migration: '0006-unique-names' }),
        contentHashOf(scenario),
        JSON.stringify(scenario),
        JSON.stringify(summary),
      );
      update.run(name, now, revision, row.id);
    }
  },
};
