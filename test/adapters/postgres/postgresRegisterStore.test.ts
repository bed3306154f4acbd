import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { postgresRegisterStore, postgresStore } from '../../../src/adapters/postgres'
import { isLedgerError } from '../../../src/errors'
import { createRegister } from '../../../src/register'
import { registerRecords } from '../../register/recordArbitrary'
import { townLedger } from '../../register/town'
import { dropSchema, freshSchema, POSTGRES_URL, postgresAvailable } from './postgresServer'

const DAYS = ['2015-12-31', '2019-06-30', '2020-08-01', '2021-01-01', '2022-07-01', '2026-06-30']
const schemas: string[] = []
const schema = () => {
  const name = freshSchema()
  schemas.push(name)
  return name
}

afterEach(async () => {
  for (const name of schemas.splice(0)) await dropSchema(name)
})

describe.skipIf(!postgresAvailable)('postgresRegisterStore', () => {
  it('writes nothing from a stale position and says so', async () => {
    const store = await postgresRegisterStore({ connectionString: POSTGRES_URL, schema: schema() })
    try {
      const [first, second] = fc.sample(registerRecords(10), { numRuns: 2, seed: 7 })
      expect(await store.write({ records: first ?? [], removed: [], from: 0, to: 5 })).toBe(true)
      expect(await store.write({ records: second ?? [], removed: [], from: 0, to: 9 })).toBe(false)
      expect(await store.position()).toBe(5)
      for (const record of second ?? []) expect(await store.record(record.org)).toBeUndefined()
      for (const record of first ?? []) expect(await store.record(record.org)).toEqual(record)
    } finally {
      await store.close()
    }
  })

  it('keeps the records and position for the next store on the schema, and clear forgets them', async () => {
    const name = schema()
    const records = fc.sample(registerRecords(20), { numRuns: 1, seed: 3 })[0] ?? []
    const first = await postgresRegisterStore({ connectionString: POSTGRES_URL, schema: name })
    await first.write({ records, removed: [], from: 0, to: 40 })
    await first.close()
    const second = await postgresRegisterStore({ connectionString: POSTGRES_URL, schema: name })
    try {
      expect(await second.position()).toBe(40)
      for (const record of records) expect(await second.record(record.org)).toEqual(record)
      await second.clear()
      expect(await second.position()).toBe(0)
      expect(await second.search({ text: '协会', offset: 0, limit: 10 })).toEqual({
        total: 0,
        items: [],
      })
    } finally {
      await second.close()
    }
  })

  it('catches up from a ledger in the same schema to the lists the memory register gives, leaving the ledger as it was', async () => {
    const name = schema()
    const store = await postgresStore({ connectionString: POSTGRES_URL, schema: name })
    const readModels = await postgresRegisterStore({ connectionString: POSTGRES_URL, schema: name })
    try {
      await townLedger(store)
      const head = await store.head()
      const before = await store.readEntry(head - 1)
      const register = createRegister({ store, readModels })
      const memory = createRegister({ store })
      const caught = await register.catchUp()
      await memory.catchUp()
      expect(caught.position).toBe(head)
      let listed = 0
      for (const on of DAYS) {
        for (const list of ['abnormal', 'serious'] as const) {
          const query = { on, limit: 1000 }
          const page = await register.listed(list, query)
          expect(page).toEqual(await memory.listed(list, query))
          listed += page.total
        }
        expect(await register.statistics({ on })).toEqual(await memory.statistics({ on }))
      }
      expect(listed).toBeGreaterThan(0)
      expect(await register.search('协会')).toEqual(await memory.search('协会'))
      expect(await store.head()).toBe(head)
      expect(await store.readEntry(head - 1)).toEqual(before)
      const reopened = await postgresStore({ connectionString: POSTGRES_URL, schema: name })
      expect(await reopened.head()).toBe(head)
      await reopened.close()
    } finally {
      await readModels.close()
      await store.close()
    }
  }, 60_000)

  it('refuses bad options with INVALID_INPUT naming the field', async () => {
    const cases: [object, string][] = [
      [{}, 'connectionString'],
      [{ connectionString: POSTGRES_URL, schema: 'Bad-Name' }, 'schema'],
      [{ connectionString: POSTGRES_URL, maxConnections: 1 }, 'maxConnections'],
      [{ connectionString: POSTGRES_URL, trigram: 'yes' }, 'trigram'],
      [{ connectionString: POSTGRES_URL, tables: 'x' }, 'options'],
    ]
    for (const [options, field] of cases) {
      const error = await postgresRegisterStore(options as never).catch((e: unknown) => e)
      expect(isLedgerError(error) && error.code).toBe('INVALID_INPUT')
      expect(String((error as Error).message)).toContain(field)
    }
  })

  it('fails with STORE_FAILURE when the server cannot be reached', async () => {
    const error = await postgresRegisterStore({
      connectionString: 'postgres://postgres@127.0.0.1:1/test',
    }).catch((e: unknown) => e)
    expect(isLedgerError(error) && error.code).toBe('STORE_FAILURE')
  })
})
