import type { Migration } from './migration';

/**
 * Who and what: the library lists each scenario's description and origin without parsing documents;
 * each revision records who saved it and a summary of what changed (JSON, translated when shown);
 * revisions are found by content hash, which is how a file's lineage names a common ancestor.
 * Existing rows get their description and origin from their documents and first revisions; their
 * revisions keep an empty summary ("not recorded"), since older revisions cannot say who saved them.
 */
export const migration0005: Migration = {
  version: 5,
  name: '0005-identity-history',
  up(db) {
    db.exec(`
      ALTER TABLE scenarios ADD COLUMN description TEXT NOT NULL DEFAULT '';
      -- JSON: how the scenario came to be (blank, preset, duplicated from, imported from file on date).
      ALTER TABLE scenarios ADD COLUMN origin TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(origin));
      ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT '';
      -- JSON: the event and the changes from the revision before ('{}': not recorded).
      ALTER TABLE revisions ADD COLUMN summary TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary));
      CREATE INDEX revisions_by_hash ON revisions (scenario_id, content_hash);

      UPDATE scenarios SET description = coalesce((
        SELECT json_extract(r.document, '$.description') FROM revisions AS r
         WHERE r.scenario_id = scenarios.id AND r.revision = scenarios.head_revision), '');
      UPDATE scenarios SET origin = coalesce((
        SELECT json_patch('{}', json_object('kind', CASE r.origin WHEN 'seed' THEN 'seed' WHEN 'import' THEN 'import'
                                       WHEN 'duplicate' THEN 'duplicate' ELSE 'blank' END,
                           'at', r.saved_at,
                           'fileName', json_extract(r.provenance, '$.fileName'),
                           'fromId', json_extract(r.document, '$.parent.id')))
          FROM revisions AS r WHERE r.scenario_id = scenarios.id AND r.revision = 1), '{}');
      -- json_patch drops the null members of the object above (a revision without a file name …).
    `);
  },
};
