import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-trash';
import { migration0003 } from './0003-tag-index';
import { migration0004 } from './0004-views';
import { migration0005 } from './0005-identity-history';
import { migration0006 } from './0006-unique-names';
import { migration0007 } from './0007-restriction-packages';
import { migration0008 } from './0008-name-keys';
import type { Migration } from './migration';

/** Every migration in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
];

/** The schema version this build of the app writes: the last migration's. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
