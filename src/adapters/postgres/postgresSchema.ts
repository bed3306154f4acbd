import type { Pool } from 'pg'
import { runMigrations } from './runMigrations'

// Each step moves a schema from version i to i + 1 and is only ever added, never edited.
// `{s}` stands for the quoted schema name.
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE {s}.head (
     id       boolean PRIMARY KEY DEFAULT true CHECK (id),
     next_seq bigint  NOT NULL
   );
   INSERT INTO {s}.head (id, next_seq) VALUES (true, 0);
   CREATE TABLE {s}.entries (
     seq     bigint  PRIMARY KEY,
     org     text    NOT NULL,
     version integer NOT NULL,
     entry   text    NOT NULL,
     leaf    bytea   NOT NULL CHECK (length(leaf) = 32),
     UNIQUE (org, version)
   );
   CREATE INDEX stream_starts ON {s}.entries (seq) WHERE version = 1;
   CREATE TABLE {s}.personal (
     seq    bigint PRIMARY KEY REFERENCES {s}.entries (seq),
     salt   bytea  NOT NULL,
     people text   NOT NULL
   );
   CREATE TABLE {s}.idempotency (
     key          text    PRIMARY KEY,
     request_hash text    NOT NULL,
     first_seq    bigint  NOT NULL,
     entry_count  integer NOT NULL
   );
   CREATE TABLE {s}.checkpoints (
     id   bigserial PRIMARY KEY,
     size bigint    NOT NULL,
     note text      NOT NULL
   );
   CREATE INDEX checkpoints_by_size ON {s}.checkpoints (size, id);`,
  // The sequencer, as one server-side call: one round trip per batch, and every writer of the
  // schema, from any process, goes through the same lock and the same checks.
  `CREATE FUNCTION {s}.append_batch(
     p_head bigint, p_orgs text[], p_versions integer[], p_entries text, p_leaves bytea,
     p_first_orgs text[], p_first_versions integer[],
     p_personal_seqs bigint[], p_salts bytea[], p_people text[],
     p_key text, p_request_hash text, p_key_first_seq bigint, p_key_count integer)
   RETURNS TABLE (out_status text, out_head bigint, out_request_hash text,
                  out_first_seq bigint, out_count integer)
   LANGUAGE plpgsql AS $fn$
   DECLARE
     v_head bigint;
     v_seen {s}.idempotency%ROWTYPE;
   BEGIN
     -- The head only grows: a batch that is already behind it can be refused without queueing.
     SELECT h.next_seq INTO v_head FROM {s}.head h WHERE h.id;
     IF v_head <> p_head AND p_key IS NULL THEN
       RETURN QUERY SELECT 'conflict'::text, v_head, NULL::text, NULL::bigint, NULL::integer;
       RETURN;
     END IF;
     -- Held until this transaction commits: writers queue here, so seq N commits before N+1.
     SELECT h.next_seq INTO v_head FROM {s}.head h WHERE h.id FOR UPDATE;
     IF p_key IS NOT NULL THEN
       SELECT * INTO v_seen FROM {s}.idempotency i WHERE i.key = p_key;
       IF FOUND THEN
         RETURN QUERY SELECT 'duplicate'::text, v_head, v_seen.request_hash,
           v_seen.first_seq, v_seen.entry_count;
         RETURN;
       END IF;
     END IF;
     IF v_head <> p_head OR EXISTS (
       SELECT 1 FROM unnest(p_first_orgs, p_first_versions) AS f(org, version)
       WHERE f.version <> coalesce(
         (SELECT max(e.version) FROM {s}.entries e WHERE e.org = f.org), 0) + 1
     ) THEN
       RETURN QUERY SELECT 'conflict'::text, v_head, NULL::text, NULL::bigint, NULL::integer;
       RETURN;
     END IF;
     -- JSON text never holds a raw line feed, so one text split on them carries the batch.
     INSERT INTO {s}.entries (seq, org, version, entry, leaf)
     SELECT p_head + b.i - 1, b.org, b.version, b.entry,
            substring(p_leaves FROM (b.i::integer - 1) * 32 + 1 FOR 32)
     FROM unnest(p_orgs, p_versions, string_to_array(p_entries, E'\\n'))
          WITH ORDINALITY AS b(org, version, entry, i);
     INSERT INTO {s}.personal (seq, salt, people)
     SELECT * FROM unnest(p_personal_seqs, p_salts, p_people);
     IF p_key IS NOT NULL THEN
       INSERT INTO {s}.idempotency (key, request_hash, first_seq, entry_count)
       VALUES (p_key, p_request_hash, p_key_first_seq, p_key_count);
     END IF;
     UPDATE {s}.head h SET next_seq = p_head + cardinality(p_versions) WHERE h.id;
     RETURN QUERY SELECT 'committed'::text, p_head + cardinality(p_versions),
       NULL::text, NULL::bigint, NULL::integer;
   END
   $fn$;`,
]

/** The schema version this library writes. */
export const POSTGRES_SCHEMA_VERSION: number = MIGRATIONS.length

/**
 * Creates the schema or brings it up to date, in one transaction under an advisory lock on
 * the schema's name, so that processes starting together do not race. Refuses a schema that
 * a newer version of the library has written.
 */
export async function migratePostgres(pool: Pool, schema: string): Promise<void> {
  await runMigrations(pool, schema, {
    table: 'migrations',
    steps: MIGRATIONS,
    what: `schema ${schema}`,
  })
}
