import type { Database } from 'better-sqlite3'
import { LedgerError } from '../../errors'

// Each step moves the register's tables from version i to i + 1; `register_schema` records
// where they are (`PRAGMA user_version` belongs to the ledger's own tables in the same file).
// Steps are only ever added, never edited. An organization's name, registrar, division and
// registration day are copied into its child rows, which are rewritten with it anyway, so
// the list and statistics queries never join. `register_names` is a narrow row per
// organization (former names as JSON) that searches read instead of the records; its trigram
// index keeps no copy of the text (contentless), so a row is unindexed by its id alone. Texts
// of one or two characters make no trigram: `register_names_grams` indexes every character and
// every pair of neighbours of each name as words, which FTS5 writes in bulk at little cost.
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE register_orgs (
     org             TEXT    PRIMARY KEY,
     name            TEXT    NOT NULL,
     kind            TEXT    NOT NULL,
     registrar       TEXT    NOT NULL,
     registrar_level TEXT,
     division        TEXT,
     registered_on   TEXT    NOT NULL,
     status          TEXT    NOT NULL,
     last_seq        INTEGER NOT NULL,
     record          TEXT    NOT NULL
   ) STRICT;
   CREATE INDEX register_orgs_by_group
     ON register_orgs (kind, division, registrar_level, registered_on, org);
   CREATE TABLE register_names (
     id          INTEGER PRIMARY KEY,
     org         TEXT    NOT NULL UNIQUE,
     name        TEXT    NOT NULL,
     formers     TEXT,
     name_length INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX register_names_by_name ON register_names (name);
   CREATE INDEX register_names_by_length ON register_names (name_length, org);
   CREATE INDEX register_names_with_formers ON register_names (name_length, org)
     WHERE formers IS NOT NULL;
   CREATE VIRTUAL TABLE register_names_fts USING fts5 (
     name, formers, content = '', contentless_delete = 1,
     tokenize = 'trigram case_sensitive 1'
   );
   CREATE VIRTUAL TABLE register_names_grams USING fts5 (
     grams, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
   );
   CREATE TABLE register_stays (
     org            TEXT    NOT NULL,
     position       INTEGER NOT NULL,
     list           TEXT    NOT NULL,
     seq            INTEGER NOT NULL,
     listed_on      TEXT    NOT NULL,
     removed_on     TEXT,
     reason         TEXT    NOT NULL,
     removal_reason TEXT,
     rule           TEXT,
     department     TEXT    NOT NULL,
     entries        TEXT    NOT NULL,
     name           TEXT    NOT NULL,
     registrar      TEXT    NOT NULL,
     division       TEXT,
     registered_on  TEXT    NOT NULL
   ) STRICT;
   CREATE INDEX register_stays_by_org ON register_stays (org);
   CREATE INDEX register_stays_in_force ON register_stays
     (list, listed_on, org, seq, position, removed_on, registrar, division, registered_on);
   CREATE TABLE register_grades (
     org           TEXT    NOT NULL,
     position      INTEGER NOT NULL,
     grade         TEXT    NOT NULL,
     from_day      TEXT    NOT NULL,
     until_day     TEXT,
     valid_from    TEXT    NOT NULL,
     valid_to      TEXT    NOT NULL,
     registered_on TEXT    NOT NULL
   ) STRICT;
   CREATE INDEX register_grades_by_org ON register_grades
     (org, position, grade, from_day, until_day, valid_from, valid_to, registered_on);
   CREATE TABLE register_closures (
     org           TEXT    NOT NULL,
     position      INTEGER NOT NULL,
     status        TEXT    NOT NULL,
     closed_on     TEXT    NOT NULL,
     voided_on     TEXT,
     registered_on TEXT    NOT NULL
   ) STRICT;
   CREATE INDEX register_closures_by_org ON register_closures (org);
   CREATE TABLE register_position (
     id       INTEGER PRIMARY KEY CHECK (id = 0),
     position INTEGER NOT NULL
   ) STRICT;
   INSERT INTO register_position (id, position) VALUES (0, 0);
   CREATE TABLE register_lease (
     id         INTEGER PRIMARY KEY CHECK (id = 0),
     holder     TEXT    NOT NULL,
     expires_at INTEGER NOT NULL
   ) STRICT;`,
]

/** The version of the register's tables this library writes. */
export const SQLITE_REGISTER_SCHEMA_VERSION: number = MIGRATIONS.length

/**
 * Brings the register's tables in a database file to the current version in one immediate
 * transaction, beside whatever else the file holds. Refuses tables from a newer library.
 */
export function migrateSqliteRegister(db: Database): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS register_schema (version INTEGER NOT NULL) STRICT')
    const row = db.prepare<[], number>('SELECT version FROM register_schema').pluck().get()
    const current = row ?? 0
    if (current > MIGRATIONS.length) {
      throw new LedgerError(
        'STORE_FAILURE',
        `the register's tables have schema version ${current}; this library knows up to ${MIGRATIONS.length}`,
      )
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version] as string)
    }
    db.exec('DELETE FROM register_schema')
    db.prepare('INSERT INTO register_schema (version) VALUES (?)').run(MIGRATIONS.length)
  }).immediate()
}
