import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postgresRegisterStore } from '../../../src/adapters/postgres'
import {
  listedRows,
  type RegisterRecord,
  type RegisterStore,
  searchRecords,
  statisticsOf,
} from '../../../src/register'
import { registerRecords } from '../../register/recordArbitrary'
import { dropSchema, freshSchema, POSTGRES_URL, postgresAvailable } from './postgresServer'

const day = fc
  .integer({ min: -30, max: 12 * 365 })
  .map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
const page = { offset: fc.nat(40), limit: fc.integer({ min: 1, max: 30 }) }

/** Search texts: pieces and whole names of the records, and text no name holds. */
function texts(records: readonly RegisterRecord[]): fc.Arbitrary<string> {
  const names = records.flatMap((record) => [record.name, ...record.formerNames])
  const odd = fc.constantFrom(
    '%',
    '_',
    '\\',
    '协会%',
    '_会',
    'abc',
    'a\\b',
    '老年\n协会',
    '社区%互助',
  )
  if (names.length === 0) return odd
  const piece = fc
    .tuple(fc.constantFrom(...names), fc.nat(), fc.integer({ min: 1, max: 4 }))
    .map(([name, at, length]) => {
      const chars = [...name]
      const start = at % chars.length
      return chars.slice(start, start + length).join('')
    })
  return fc.oneof(piece, fc.constantFrom(...names), odd)
}

/** Records written in one to three updates, later ones rewriting some earlier organizations. */
const history = fc
  .tuple(registerRecords(40), registerRecords(20), fc.integer({ min: 1, max: 3 }))
  .map(([first, second, writes]) => {
    const rewritten = second.map((record, i) => {
      const earlier = first[i * 2]
      return earlier === undefined ? record : { ...record, org: earlier.org }
    })
    const all = [...first, ...rewritten]
    const size = Math.ceil(all.length / writes)
    const updates: RegisterRecord[][] = []
    for (let at = 0; at < all.length; at += size) updates.push(all.slice(at, at + size))
    return updates
  })

const scenario = history.chain((updates) => {
  const current = new Map<string, RegisterRecord>()
  for (const update of updates) for (const record of update) current.set(record.org, record)
  const records = [...current.values()]
  const divisions = fc.constantFrom('31', '3101', '310116', '32', '110105', '9')
  const registrars = fc.constantFrom('上海市民政局', '民政部', '南京市民政局', '无此局')
  const list = fc.record(
    {
      list: fc.constantFrom('abnormal' as const, 'serious' as const),
      on: day,
      registrar: registrars,
      division: divisions,
      ...page,
    },
    { requiredKeys: ['list', 'on', 'offset', 'limit'] },
  )
  return fc.record({
    updates: fc.constant(updates),
    records: fc.constant(records),
    searches: fc.array(fc.record({ text: texts(records), ...page }), { maxLength: 8 }),
    lists: fc.array(list, { maxLength: 6 }),
    days: fc.array(day, { minLength: 1, maxLength: 3 }),
  })
})

describe.skipIf(!postgresAvailable)('postgresRegisterStore queries', () => {
  const schemas = { trigram: freshSchema(), scan: freshSchema() }
  const stores: Record<string, RegisterStore> = {}

  beforeAll(async () => {
    stores.trigram = await postgresRegisterStore({
      connectionString: POSTGRES_URL,
      schema: schemas.trigram,
    })
    stores.scan = await postgresRegisterStore({
      connectionString: POSTGRES_URL,
      schema: schemas.scan,
      trigram: false,
    })
  })

  afterAll(async () => {
    for (const store of Object.values(stores)) await store.close()
    for (const schema of Object.values(schemas)) await dropSchema(schema)
  })

  for (const kind of ['trigram', 'scan'] as const) {
    it(`answers every search, list and count as the reference queries do (${kind})`, async () => {
      const store = stores[kind] as RegisterStore
      await fc.assert(
        fc.asyncProperty(scenario, async ({ updates, records, searches, lists, days }) => {
          await store.clear()
          let position = 0
          for (const update of updates) {
            const to = position + update.length + 1
            expect(await store.write({ records: update, removed: [], from: position, to })).toBe(
              true,
            )
            position = to
          }
          expect(await store.position()).toBe(position)
          for (const query of searches) {
            expect(await store.search(query)).toEqual(searchRecords(records, query))
          }
          for (const query of lists) {
            expect(await store.listed(query)).toEqual(listedRows(records, query))
          }
          for (const on of days) {
            const counts = await store.statistics(on)
            const expected = statisticsOf(records, on)
            expect(counts).toEqual(expected)
            expect(JSON.stringify(counts)).toBe(JSON.stringify(expected))
          }
          for (const record of records.slice(0, 5)) {
            expect(await store.record(record.org)).toEqual(record)
          }
        }),
        { numRuns: 40 },
      )
    }, 120_000)
  }
})
