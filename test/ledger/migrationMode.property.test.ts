import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { memoryStore } from '../../src/store'
import { addDaysIso, dayOf, fixedClock } from '../../src/time'
import { annualReport, GROUP, registration, SERVICE, snapshot } from './fixtures'

// 09:00 in Shanghai on 2024-06-01: the import's moment; the ledger began long before.
const BEGAN = '2019-01-02T01:00:00.000Z'
const IMPORTED_AT = '2024-06-01T01:00:00.000Z'
const JUST_BEFORE = '2024-06-01T00:59:59.999Z'

interface Original {
  /** Days after the entry took effect that the other system recorded it. */
  readonly lag: number
  /** Whether that system gave an instant rather than a date. */
  readonly instant: boolean
}

const original: fc.Arbitrary<Original> = fc.record({
  lag: fc.oneof(fc.nat(30), fc.nat(400)),
  instant: fc.boolean(),
})

const reports = fc.uniqueArray(
  fc.record({ year: fc.integer({ min: 2016, max: 2023 }), filedOn: fc.nat(300), original }),
  { selector: (report) => report.year, maxLength: 5 },
)

function recordedOn(effectiveAt: string, { lag, instant }: Original): string {
  const day = addDaysIso(effectiveAt, lag)
  return instant ? `${day}T12:00:00+08:00` : day
}

// Whether the other system's recording is not after the import: a date by its day.
function notAfterImport(recordedAt: string): boolean {
  if (recordedAt.length === 10) return recordedAt <= dayOf(IMPORTED_AT)
  return Date.parse(recordedAt) <= Date.parse(IMPORTED_AT)
}

const withMigrated = (input: EntryInput, recordedAt: string): EntryInput =>
  ({ ...input, migrated: { recordedAt, source: '旧系统' } }) as EntryInput

describe('ledger.append in migration mode (properties)', () => {
  it('records a migrated batch at the import, unseen by every read as known before it', async () => {
    await fc.assert(
      fc.asyncProperty(
        original,
        reports,
        reports,
        async (registered, groupReports, serviceReports) => {
          const store = memoryStore()
          const clock = fixedClock(BEGAN)
          const ledger = createLedger({ store, clock })
          await ledger.append(registration(GROUP, '2015-06-01'))
          clock.set(IMPORTED_AT)
          const batch: EntryInput[] = [
            withMigrated(registration(SERVICE, '2015-06-01'), recordedOn('2015-06-01', registered)),
          ]
          for (const [org, list] of [
            [GROUP, groupReports],
            [SERVICE, serviceReports],
          ] as const) {
            for (const report of list) {
              const filed = addDaysIso(`${report.year + 1}-01-01`, report.filedOn)
              const input = annualReport(org, report.year, filed)
              batch.push(withMigrated(input, recordedOn(filed, report.original)))
            }
          }
          const result = await ledger.safeAppend(batch, { migration: true })
          const plausible = batch.every((input) => notAfterImport(input.migrated?.recordedAt ?? ''))
          expect(result.success).toBe(plausible)
          if (!result.success) {
            const codes = new Set(result.issues.map((issue) => issue.code))
            expect(codes).toEqual(new Set(['migrated_after_recording']))
            return
          }
          for (const entry of result.data.entries) {
            expect(entry.recordedAt).toBe(IMPORTED_AT)
            expect(notAfterImport(entry.migrated?.recordedAt ?? '')).toBe(true)
          }
          const before = await ledger.creditFile(GROUP, { knownAt: JUST_BEFORE })
          expect(before.version).toBe(1)
          expect(before.migrated).toEqual({})
          await expect(ledger.creditFile(SERVICE, { knownAt: JUST_BEFORE })).rejects.toMatchObject({
            code: 'NOT_FOUND',
          })
          const after = await ledger.creditFile(SERVICE, { knownAt: IMPORTED_AT })
          expect(Object.keys(after.migrated).map(Number)).toEqual(
            result.data.entries.filter((e) => e.org === SERVICE).map((e) => e.seq),
          )
        },
      ),
      { numRuns: 60 },
    )
  })

  it('refuses any input carrying migrated outside migration mode and leaves the ledger as it was', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 2016, max: 2022 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.constantFrom(undefined, {}, { migration: false }),
        async (years, pick, options) => {
          const store = memoryStore()
          const ledger = createLedger({ store, clock: fixedClock(IMPORTED_AT) })
          await ledger.append(registration(GROUP, '2015-06-01'))
          const head = await ledger.head()
          const before = await snapshot(store)
          const at = pick % years.length
          const batch = years.map((year, index) => {
            const input = annualReport(GROUP, year)
            return index === at ? withMigrated(input, `${year + 1}-05-20`) : input
          })
          const result = await ledger.safeAppend(batch, options)
          expect(result).toEqual({
            success: false,
            issues: [
              expect.objectContaining({ code: 'migration_not_enabled', path: [at, 'migrated'] }),
            ],
          })
          expect(await ledger.head()).toEqual(head)
          expect(await snapshot(store)).toEqual(before)
        },
      ),
      { numRuns: 60 },
    )
  })
})
