import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqliteRegisterStore } from '../../../src/adapters/sqlite'
import { memoryRegisterStore, type RegisterRecord, type RegisterStore } from '../../../src/register'
import { registerRecords } from '../../register/recordArbitrary'
import { tempDatabase } from './tempFile'

// Latin letters of both cases and the characters LIKE and FTS5 treat specially, so that a
// case-folding or wildcard match would show.
const LATIN = fc
  .array(fc.constantFrom('Ab', 'aB', 'ab', 'AB', '%', '_', '"', 'x y', '协会', '*'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''))

const records = fc
  .tuple(registerRecords(), fc.array(fc.option(LATIN, { nil: undefined }), { maxLength: 60 }))
  .map(([rows, latin]) =>
    rows.map((row, i): RegisterRecord => {
      const name = latin[i]
      return name === undefined
        ? row
        : { ...row, name, formerNames: [...row.formerNames, 'AB%', 'x%'] }
    }),
  )

const day = fc
  .integer({ min: 0, max: 12 * 365 })
  .map((n) => new Date(Date.UTC(2014, 6, 1) + n * 86_400_000).toISOString().slice(0, 10))

const substring = (names: readonly string[]) =>
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 })).map(([which, at, length]) => {
    const name = [...(names[which % Math.max(names.length, 1)] ?? '协会')]
    const start = at % name.length
    return name.slice(start, start + length).join('')
  })

// The days the records change on, where an off-by-one comparison would show.
const daysOf = (rows: readonly RegisterRecord[]) =>
  rows.flatMap((row) => [
    row.registeredOn,
    ...row.closures.flatMap((c) => [c.on, c.voidedOn ?? c.on]),
    ...row.grades.flatMap((g) => [g.from, g.until ?? g.from, g.validFrom, g.validTo]),
    ...row.stays.flatMap((s) => [s.listedOn, s.removedOn ?? s.listedOn]),
  ])

const query = (names: readonly string[], days: readonly string[]) =>
  fc.record(
    {
      on: days.length > 0 ? fc.oneof(day, fc.constantFrom(...days)) : day,
      text: fc.oneof(
        substring(names),
        fc.constantFrom(
          ...names,
          '%',
          '_',
          '"',
          'ab',
          'Ab',
          'aB%',
          '协会"',
          '%_',
          'x y',
          '%\nx',
          'B%\nx%',
        ),
      ),
      list: fc.constantFrom('abnormal' as const, 'serious' as const),
      registrar: fc.constantFrom('上海市金山区民政局', '上海市民政局', '民政部'),
      division: fc.constantFrom('31', '3101', '310116', '32', '11'),
      offset: fc.oneof(fc.constant(0), fc.nat(30)),
      limit: fc.integer({ min: 1, max: 20 }),
    },
    { requiredKeys: ['on', 'text', 'list', 'offset', 'limit'] },
  )

describe('sqliteRegisterStore', () => {
  const database = tempDatabase()
  let store: RegisterStore

  beforeAll(() => {
    store = sqliteRegisterStore({ file: database.file })
  })
  afterAll(async () => {
    await store.close()
    await database.remove()
  })

  it('answers every search, list and count as the reference queries over the same records', async () => {
    const scenario = fc.tuple(records, fc.integer({ min: 1, max: 3 })).chain(([rows, writes]) => {
      const names = rows.flatMap((row) => [row.name, ...row.formerNames])
      return fc.tuple(
        fc.constant(rows),
        fc.constant(writes),
        fc.array(query(names.length > 0 ? names : ['协会'], daysOf(rows)), {
          minLength: 1,
          maxLength: 8,
        }),
      )
    })
    const seen = { listed: 0, found: 0 }
    await fc.assert(
      fc.asyncProperty(scenario, async ([rows, writes, queries]) => {
        const reference = memoryRegisterStore()
        await store.clear()
        // Later writes rewrite some organizations of earlier ones, as catching up does.
        for (let w = 0; w < writes; w++) {
          const part = rows.filter((_, i) => i % writes >= w)
          for (const models of [store, reference]) {
            expect(await models.write({ records: part, removed: [], from: w, to: w + 1 })).toBe(
              true,
            )
          }
        }
        expect(await store.position()).toBe(writes)
        for (const q of queries) {
          const search = { text: q.text, offset: q.offset, limit: q.limit }
          const found = await reference.search(search)
          if (found.items.length > 0) seen.found++
          expect(await store.search(search)).toEqual(found)
          const { text: _, ...list } = q
          const listed = await reference.listed(list)
          if (listed.total > 0) seen.listed++
          expect(await store.listed(list)).toEqual(listed)
          expect(await store.statistics(q.on)).toStrictEqual(await reference.statistics(q.on))
        }
        for (const row of rows.slice(0, 5)) {
          expect(await store.record(row.org)).toEqual(await reference.record(row.org))
        }
      }),
      { numRuns: 150 },
    )
    // The property is only as strong as the answers it compares.
    expect(seen.listed).toBeGreaterThan(20)
    expect(seen.found).toBeGreaterThan(40)
  })

  it('orders statistics keys as the reference does', async () => {
    await fc.assert(
      fc.asyncProperty(records, day, async (rows, on) => {
        const reference = memoryRegisterStore()
        await store.clear()
        await store.write({ records: rows, removed: [], from: 0, to: 1 })
        await reference.write({ records: rows, removed: [], from: 0, to: 1 })
        const mine = await store.statistics(on)
        const theirs = await reference.statistics(on)
        for (const key of ['byStatus', 'byKind', 'byCounty', 'byGrade'] as const) {
          expect(Object.keys(mine[key])).toEqual(Object.keys(theirs[key]))
        }
      }),
      { numRuns: 20 },
    )
  })
})
