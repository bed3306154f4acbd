import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { sqliteRegisterStore, sqliteStore } from '../../../src/adapters/sqlite'
import { createLedger } from '../../../src/createLedger'
import { createRegister, type RegisterRecord } from '../../../src/register'
import type { EventStore } from '../../../src/store/eventStore'
import { townLedger } from '../../register/town'
import { tempDatabase } from './tempFile'

const DAYS = ['2015-12-31', '2019-06-30', '2021-01-01', '2022-07-01', '2026-06-30']

async function allEntries(store: EventStore): Promise<unknown[]> {
  const entries: unknown[] = []
  for await (const page of store.readAll({ from: 0, pageSize: 10_000 })) entries.push(...page)
  return entries
}

const record = (org: string, name: string): RegisterRecord => ({
  org,
  idScheme: 'uscc',
  name,
  formerNames: [],
  kind: 'social_group',
  registrar: '上海市民政局',
  registrarLevel: 'provincial',
  division: '310000',
  registeredOn: '2020-01-01',
  status: 'active',
  closures: [],
  grades: [],
  donationDeduction: [],
  stays: [],
  lastSeq: 0,
})

describe('sqliteRegisterStore', () => {
  it('writes nothing from a stale position and answers false', async () => {
    const database = tempDatabase()
    const store = sqliteRegisterStore({ file: database.file })
    try {
      const first = record('51310000MJ0000010A', '老年协会')
      expect(await store.write({ records: [first], removed: [], from: 0, to: 5 })).toBe(true)
      const stale = record('51310000MJ0000020B', '体育协会')
      const renamed = { ...first, name: '青少年协会' }
      expect(await store.write({ records: [stale, renamed], removed: [], from: 3, to: 9 })).toBe(
        false,
      )
      expect(await store.position()).toBe(5)
      expect(await store.record(first.org)).toEqual(first)
      expect(await store.record(stale.org)).toBeUndefined()
      expect((await store.search({ text: '协会', offset: 0, limit: 10 })).total).toBe(1)
    } finally {
      await store.close()
      await database.remove()
    }
  })

  it('keeps records and position when the file is closed and opened again', async () => {
    const database = tempDatabase()
    try {
      const first = record('51310000MJ0000010A', '老年协会')
      const before = sqliteRegisterStore({ file: database.file })
      await before.write({ records: [first], removed: [], from: 0, to: 7 })
      await before.close()
      const after = sqliteRegisterStore({ file: database.file })
      expect(await after.position()).toBe(7)
      expect(await after.record(first.org)).toEqual(first)
      expect((await after.search({ text: '老年协会', offset: 0, limit: 1 })).items).toEqual([first])
      await after.clear()
      expect(await after.position()).toBe(0)
      expect(await after.record(first.org)).toBeUndefined()
      await after.close()
    } finally {
      await database.remove()
    }
  })

  it('builds from the ledger in the same file the register the memory read models build, and leaves the entries as they were', async () => {
    const database = tempDatabase()
    const store = sqliteStore({ file: database.file })
    try {
      const { ledger } = await townLedger(store)
      const head = await ledger.head()
      const entries = await allEntries(store)
      const readModels = sqliteRegisterStore({ file: database.file })
      const durable = createRegister({ store, readModels })
      const memory = createRegister({ store })
      await durable.catchUp()
      await memory.catchUp()
      expect(await durable.lag()).toBe(0)
      for (const on of DAYS) {
        for (const list of ['abnormal', 'serious'] as const) {
          const query = { on, limit: 1000 }
          expect(await durable.listed(list, query)).toEqual(await memory.listed(list, query))
        }
        expect(await durable.statistics({ on })).toStrictEqual(await memory.statistics({ on }))
      }
      expect(await durable.search('协会')).toEqual(await memory.search('协会'))
      await durable.close()
      // The ledger's tables are untouched: a new ledger over the file has the same log.
      const again = sqliteStore({ file: database.file })
      expect(await createLedger({ store: again }).head()).toEqual(head)
      await again.close()
      expect(await allEntries(store)).toEqual(entries)
      const db = new Database(database.file, { readonly: true })
      expect(db.pragma('user_version', { simple: true })).toBe(1)
      db.close()
    } finally {
      await store.close()
      await database.remove()
    }
  })
})
