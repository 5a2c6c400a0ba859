import type { Database, Statement } from 'better-sqlite3';
import type { StoreContext } from './store-context';

export interface PackageRow {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly created_at: string;
  readonly updated_at: string;
  readonly head_revision: number;
  readonly deleted_at: string | null;
}

export interface PackageRevisionRow {
  readonly package_id: string;
  readonly revision: number;
  readonly saved_at: string;
  readonly app_version: string;
  readonly author: string;
  readonly origin: string;
  readonly provenance: string;
  readonly content_hash: string;
  readonly document: string;
}

export interface PackageUserRow {
  readonly package_id: string;
  readonly id: string;
  readonly name: string;
  readonly deleted_at: string | null;
}

function prepare(db: Database) {
  return {
    package: db.prepare('SELECT * FROM restriction_packages WHERE id = ?') as Statement<[string], PackageRow>,
    all: db.prepare('SELECT * FROM restriction_packages ORDER BY year, name COLLATE NOCASE, id') as Statement<
      [],
      PackageRow
    >,
    revision: db.prepare(
      'SELECT * FROM package_revisions WHERE package_id = ? AND revision = ?',
    ) as Statement<[string, number], PackageRevisionRow>,
    /** Every head document (the library's packages as scenarios apply them, those in the trash too). */
    heads: db.prepare(
      `SELECT r.* FROM restriction_packages AS p
         JOIN package_revisions AS r ON r.package_id = p.id AND r.revision = p.head_revision
        ORDER BY p.year, p.name COLLATE NOCASE, p.id`,
    ) as Statement<[], PackageRevisionRow>,
    history: db.prepare(
      'SELECT * FROM package_revisions WHERE package_id = ? ORDER BY revision DESC',
    ) as Statement<[string], PackageRevisionRow>,
    insert: db.prepare(
      `INSERT INTO restriction_packages (id, name, year, created_at, updated_at, head_revision)
       VALUES (@id, @name, @year, @created_at, @updated_at, @head_revision)`,
    ),
    update: db.prepare(
      `UPDATE restriction_packages SET name = @name, year = @year, updated_at = @updated_at,
              head_revision = @head_revision WHERE id = @id`,
    ),
    insertRevision: db.prepare(
      `INSERT INTO package_revisions (package_id, revision, saved_at, app_version, author, origin, provenance, content_hash, document)
       VALUES (@package_id, @revision, @saved_at, @app_version, @author, @origin, @provenance, @content_hash, @document)`,
    ),
    setDeletedAt: db.prepare('UPDATE restriction_packages SET deleted_at = ? WHERE id = ?'),
    purge: db.prepare('DELETE FROM restriction_packages WHERE id = ? AND deleted_at IS NOT NULL'),
    /** The scenarios whose head revisions apply a package (those in the trash too, marked). */
    users: db.prepare(
      `SELECT sp.package_id, s.id, s.name, s.deleted_at FROM scenario_packages AS sp
         JOIN scenarios AS s ON s.id = sp.scenario_id
        WHERE sp.package_id = ? ORDER BY s.name COLLATE NOCASE, s.id`,
    ) as Statement<[string], PackageUserRow>,
    allUsers: db.prepare(
      `SELECT sp.package_id, s.id, s.name, s.deleted_at FROM scenario_packages AS sp
         JOIN scenarios AS s ON s.id = sp.scenario_id ORDER BY s.name COLLATE NOCASE, s.id`,
    ) as Statement<[], PackageUserRow>,
    deleteUses: db.prepare('DELETE FROM scenario_packages WHERE scenario_id = ?'),
    insertUse: db.prepare('INSERT OR IGNORE INTO scenario_packages (scenario_id, package_id) VALUES (?, ?)'),
  };
}

export type PackageStatements = ReturnType<typeof prepare>;

const prepared = new WeakMap<Database, PackageStatements>();

/** The package statements of this connection, prepared on first use (kept apart from the scenarios'). */
export function packageSql(ctx: Pick<StoreContext, 'db'>): PackageStatements {
  let statements = prepared.get(ctx.db);
  if (!statements) {
    statements = prepare(ctx.db);
    prepared.set(ctx.db, statements);
  }
  return statements;
}
