import type { Database } from 'better-sqlite3'
import { LedgerError } from '../../errors'

// Each step moves the file from version i to i + 1; `PRAGMA user_version` records where it is.
// Steps are only ever added, never edited, so every file upgrades along the same path.
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE entries (
     seq     INTEGER PRIMARY KEY,
     org     TEXT    NOT NULL,
     version INTEGER NOT NULL,
     entry   TEXT    NOT NULL,
     leaf    BLOB    NOT NULL CHECK (length(leaf) = 32)
   ) STRICT;
   CREATE UNIQUE INDEX entries_by_stream ON entries (org, version);
   CREATE INDEX stream_starts ON entries (seq) WHERE version = 1;
   CREATE TABLE personal (
     seq    INTEGER PRIMARY KEY,
     salt   BLOB NOT NULL,
     people TEXT NOT NULL
   ) STRICT;
   CREATE TABLE idempotency (
     key          TEXT    PRIMARY KEY,
     request_hash TEXT    NOT NULL,
     first_seq    INTEGER NOT NULL,
     entry_count  INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE checkpoints (
     id   INTEGER PRIMARY KEY,
     size INTEGER NOT NULL,
     note TEXT    NOT NULL
   ) STRICT;
   CREATE INDEX checkpoints_by_size ON checkpoints (size, id);`,
]

/** The schema version this library writes. */
export const SQLITE_SCHEMA_VERSION: number = MIGRATIONS.length

/**
 * Brings a database file to the current schema in one immediate transaction, so two processes
 * opening a new file at once cannot both create it. Refuses a file from a newer library.
 */
export function migrateSqlite(db: Database): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number
    if (current > MIGRATIONS.length) {
      throw new LedgerError(
        'STORE_FAILURE',
        `the database has schema version ${current}; this library knows up to ${MIGRATIONS.length}`,
      )
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version] as string)
      db.pragma(`user_version = ${version + 1}`)
    }
  }).immediate()
}
