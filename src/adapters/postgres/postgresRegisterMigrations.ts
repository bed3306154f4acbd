// Each step moves the register's tables from version i to i + 1 and is only ever added, never
// edited. `{s}` stands for the quoted schema name. Days are 'YYYY-MM-DD' text and ids compare
// in "C" order, so every comparison is the one the reference queries make on JS strings.
/** The steps that make and upgrade the register's tables, oldest first. */
export const REGISTER_MIGRATIONS: readonly string[] = [
  `CREATE TABLE {s}.register_position (
     id       boolean PRIMARY KEY DEFAULT true CHECK (id),
     position bigint  NOT NULL
   );
   INSERT INTO {s}.register_position (id, position) VALUES (true, 0);
   CREATE TABLE {s}.register_organizations (
     org             text COLLATE "C" PRIMARY KEY,
     name            text   NOT NULL,
     kind            text   NOT NULL,
     registrar       text   NOT NULL,
     registrar_level text,
     division        text COLLATE "C",
     registered_on   text COLLATE "C" NOT NULL,
     status          text   NOT NULL,
     last_seq        bigint NOT NULL,
     record          jsonb  NOT NULL
   );
   -- Apart from the records, so that a search scanning every name reads a tenth of the bytes.
   -- names is the name and the former names joined by line feeds, for one trigram index.
   CREATE TABLE {s}.register_names (
     org          text COLLATE "C" PRIMARY KEY,
     name         text   NOT NULL,
     former_names text[] NOT NULL,
     names        text   NOT NULL
   );
   -- Every one- and two-character piece of the joined names: texts that short have no
   -- trigrams. Kept only in the index, so that scans of the table stay narrow.
   CREATE FUNCTION {s}.register_grams(p_names text) RETURNS text[]
   LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
     SELECT ARRAY(
       SELECT DISTINCT substr(n, i, k)
       FROM unnest(string_to_array(p_names, E'\\n')) AS n,
         generate_series(1, char_length(n)) AS i, generate_series(1, 2) AS k
       WHERE i + k - 1 <= char_length(n))
   $fn$;
   CREATE INDEX register_names_grams ON {s}.register_names
     USING gin ({s}.register_grams(names));
   -- A crowded search reads its page class by class in (length, id) order and stops when full.
   CREATE INDEX register_names_by_length ON {s}.register_names (char_length(name), org);
   CREATE INDEX register_names_with_formers ON {s}.register_names (char_length(name), org)
     WHERE cardinality(former_names) > 0;
   CREATE INDEX register_names_by_prefix ON {s}.register_names (name text_pattern_ops);
   CREATE TABLE {s}.register_stays (
     org            text COLLATE "C" NOT NULL,
     ordinal        integer NOT NULL,
     list           text    NOT NULL,
     seq            bigint  NOT NULL,
     listed_on      text COLLATE "C" NOT NULL,
     removed_on     text COLLATE "C",
     reason         text    NOT NULL,
     removal_reason text,
     rule           text,
     department     text    NOT NULL,
     entries        jsonb   NOT NULL,
     registrar      text    NOT NULL,
     division       text COLLATE "C",
     PRIMARY KEY (org, ordinal)
   );
   CREATE INDEX register_stays_by_day ON {s}.register_stays
     (list, listed_on, org, seq, ordinal) INCLUDE (removed_on);
   CREATE INDEX register_stays_by_registrar ON {s}.register_stays (list, registrar, listed_on);
   CREATE INDEX register_stays_by_division ON {s}.register_stays (list, division, listed_on);
   CREATE TABLE {s}.register_grades (
     org        text COLLATE "C" NOT NULL,
     ordinal    integer NOT NULL,
     grade      text    NOT NULL,
     from_on    text COLLATE "C" NOT NULL,
     until_on   text COLLATE "C",
     valid_from text COLLATE "C" NOT NULL,
     valid_to   text COLLATE "C" NOT NULL,
     seq        bigint  NOT NULL,
     PRIMARY KEY (org, ordinal)
   );
   CREATE TABLE {s}.register_closures (
     org       text COLLATE "C" NOT NULL,
     ordinal   integer NOT NULL,
     status    text    NOT NULL,
     closed_on text COLLATE "C" NOT NULL,
     voided_on text COLLATE "C",
     PRIMARY KEY (org, ordinal)
   );
   -- One call per update: the position row's lock, held until commit, makes a stale update
   -- change nothing, and each organization's rows are replaced from one jsonb array.
   -- Planned for each call: a plan cached while the tables were empty would scan them whole
   -- once they are not.
   CREATE FUNCTION {s}.register_write(
     p_from bigint, p_to bigint, p_orgs text[], p_records jsonb, p_removed text[])
     RETURNS boolean
   LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $fn$
   DECLARE
     v_at bigint;
   BEGIN
     SELECT p.position INTO v_at FROM {s}.register_position p WHERE p.id FOR UPDATE;
     IF v_at <> p_from THEN
       RETURN false;
     END IF;
     DELETE FROM {s}.register_stays WHERE org = ANY (p_orgs || p_removed);
     DELETE FROM {s}.register_grades WHERE org = ANY (p_orgs || p_removed);
     DELETE FROM {s}.register_closures WHERE org = ANY (p_orgs || p_removed);
     DELETE FROM {s}.register_names WHERE org = ANY (p_removed);
     DELETE FROM {s}.register_organizations WHERE org = ANY (p_removed);
     INSERT INTO {s}.register_organizations AS o (org, name, kind, registrar,
       registrar_level, division, registered_on, status, last_seq, record)
     SELECT r->>'org', r->>'name', r->>'kind', r->>'registrar', r->>'registrarLevel',
       r->>'division', r->>'registeredOn', r->>'status', (r->>'lastSeq')::bigint, r
     FROM jsonb_array_elements(p_records) AS r
     ON CONFLICT (org) DO UPDATE SET name = excluded.name, kind = excluded.kind,
       registrar = excluded.registrar, registrar_level = excluded.registrar_level,
       division = excluded.division, registered_on = excluded.registered_on,
       status = excluded.status, last_seq = excluded.last_seq, record = excluded.record;
     INSERT INTO {s}.register_names AS n (org, name, former_names, names)
     SELECT r->>'org', r->>'name', f.names, array_to_string((r->>'name') || f.names, E'\\n')
     FROM jsonb_array_elements(p_records) AS r
     CROSS JOIN LATERAL (
       SELECT ARRAY(SELECT jsonb_array_elements_text(r->'formerNames')) AS names) AS f
     ON CONFLICT (org) DO UPDATE SET name = excluded.name,
       former_names = excluded.former_names, names = excluded.names
     -- Most updates leave the names as they were: their trigrams need not be indexed again.
     WHERE (n.name, n.former_names) IS DISTINCT FROM (excluded.name, excluded.former_names);
     INSERT INTO {s}.register_stays (org, ordinal, list, seq, listed_on, removed_on, reason,
       removal_reason, rule, department, entries, registrar, division)
     SELECT r->>'org', x.i, x.v->>'list', (x.v->>'seq')::bigint, x.v->>'listedOn',
       x.v->>'removedOn', x.v->>'reason', x.v->>'removalReason', x.v->>'rule',
       x.v->>'department', x.v->'entries', r->>'registrar', r->>'division'
     FROM jsonb_array_elements(p_records) AS r,
       jsonb_array_elements(r->'stays') WITH ORDINALITY AS x(v, i);
     INSERT INTO {s}.register_grades (org, ordinal, grade, from_on, until_on, valid_from,
       valid_to, seq)
     SELECT r->>'org', x.i, x.v->>'grade', x.v->>'from', x.v->>'until', x.v->>'validFrom',
       x.v->>'validTo', (x.v->>'seq')::bigint
     FROM jsonb_array_elements(p_records) AS r,
       jsonb_array_elements(r->'grades') WITH ORDINALITY AS x(v, i);
     INSERT INTO {s}.register_closures (org, ordinal, status, closed_on, voided_on)
     SELECT r->>'org', x.i, x.v->>'status', x.v->>'on', x.v->>'voidedOn'
     FROM jsonb_array_elements(p_records) AS r,
       jsonb_array_elements(r->'closures') WITH ORDINALITY AS x(v, i);
     UPDATE {s}.register_position p SET position = p_to WHERE p.id;
     RETURN true;
   END
   $fn$;`,
]
