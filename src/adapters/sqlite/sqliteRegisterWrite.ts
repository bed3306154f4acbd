import type { Database } from 'better-sqlite3'
import type { RegisterRecord, RegisterUpdate } from '../../register'
import { nameGrams } from './nameGrams'

/**
 * The register's writes on one connection, with statements prepared once: `write` replaces
 * each organization's rows and moves the position in one immediate transaction, or does
 * nothing when the position is no longer `from`; `clear` empties every table.
 */
export function sqliteRegisterWrite(db: Database): {
  write(update: RegisterUpdate): boolean
  clear(): void
} {
  const sql = {
    position: db.prepare<[], number>('SELECT position FROM register_position').pluck(),
    move: db.prepare<[number]>('UPDATE register_position SET position = ?'),
    org: db.prepare(
      `INSERT OR REPLACE INTO register_orgs (org, name, kind, registrar, registrar_level,
         division, registered_on, status, last_seq, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    dropName: db
      .prepare<[string], number>('DELETE FROM register_names WHERE org = ? RETURNING id')
      .pluck(),
    unindex: db.prepare<[number]>('DELETE FROM register_names_fts WHERE rowid = ?'),
    ungram: db.prepare<[number]>('DELETE FROM register_names_grams WHERE rowid = ?'),
    gram: db.prepare<[number | bigint, string]>(
      'INSERT INTO register_names_grams (rowid, grams) VALUES (?, ?)',
    ),
    dropStays: db.prepare<[string]>('DELETE FROM register_stays WHERE org = ?'),
    dropGrades: db.prepare<[string]>('DELETE FROM register_grades WHERE org = ?'),
    dropClosures: db.prepare<[string]>('DELETE FROM register_closures WHERE org = ?'),
    dropOrg: db.prepare<[string]>('DELETE FROM register_orgs WHERE org = ?'),
    name: db.prepare<[string, string, string | null, string]>(
      'INSERT INTO register_names (org, name, formers, name_length) VALUES (?, ?, ?, length(?))',
    ),
    index: db.prepare<[number | bigint, string, string | null]>(
      'INSERT INTO register_names_fts (rowid, name, formers) VALUES (?, ?, ?)',
    ),
    stay: db.prepare(
      `INSERT INTO register_stays (org, position, list, seq, listed_on, removed_on, reason,
         removal_reason, rule, department, entries, name, registrar, division, registered_on)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    grade: db.prepare(
      `INSERT INTO register_grades (org, position, grade, from_day, until_day, valid_from,
         valid_to, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    closure: db.prepare(
      `INSERT INTO register_closures (org, position, status, closed_on, voided_on, registered_on)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
  }

  const addNames = (record: RegisterRecord) => {
    const { org, name, formerNames } = record
    // Former names are indexed as one text, a line each; a match across two of them is
    // dropped by the exact comparison the search makes after the index.
    const formers = formerNames.length === 0 ? null : JSON.stringify(formerNames)
    const id = sql.name.run(org, name, formers, name).lastInsertRowid
    sql.index.run(id, name, formers === null ? null : formerNames.join('\n'))
    sql.gram.run(id, nameGrams([name, ...formerNames]))
  }

  const drop = (org: string) => {
    for (const id of sql.dropName.all(org)) {
      sql.unindex.run(id)
      sql.ungram.run(id)
    }
    sql.dropStays.run(org)
    sql.dropGrades.run(org)
    sql.dropClosures.run(org)
  }

  const replace = (record: RegisterRecord) => {
    const { org, name, registrar, division, registeredOn: day } = record
    drop(org)
    const json = JSON.stringify(record)
    const { kind, registrarLevel, status, lastSeq } = record
    sql.org.run(org, name, kind, registrar, registrarLevel, division, day, status, lastSeq, json)
    addNames(record)
    record.stays.forEach((s, i) => {
      const { list, seq, listedOn, removedOn, reason, removalReason, rule, department } = s
      const stay = [list, seq, listedOn, removedOn, reason, removalReason, rule, department]
      sql.stay.run(org, i, ...stay, JSON.stringify(s.entries), name, registrar, division, day)
    })
    record.grades.forEach((g, i) => {
      sql.grade.run(org, i, g.grade, g.from, g.until, g.validFrom, g.validTo, day)
    })
    record.closures.forEach((c, i) => {
      sql.closure.run(org, i, c.status, c.on, c.voidedOn, day)
    })
  }

  const write = db.transaction((update: RegisterUpdate) => {
    if (sql.position.get() !== update.from) return false
    for (const org of update.removed) {
      drop(org)
      sql.dropOrg.run(org)
    }
    for (const record of update.records) replace(record)
    sql.move.run(update.to)
    return true
  })

  const clear = db.transaction(() => {
    // Empties the full-text index at once instead of unindexing name by name.
    db.exec(`INSERT INTO register_names_fts (register_names_fts) VALUES ('delete-all')`)
    db.exec(`INSERT INTO register_names_grams (register_names_grams) VALUES ('delete-all')`)
    for (const table of ['orgs', 'names', 'stays', 'grades', 'closures']) {
      db.exec(`DELETE FROM register_${table}`)
    }
    sql.move.run(0)
  })

  return { write: (update) => write.immediate(update), clear: () => clear.immediate() }
}
