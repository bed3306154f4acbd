import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { registerRecordOf } from '../../src/register'
import {
  deductionOn,
  gradeOn,
  registeredBy,
  statusOn,
  stayOn,
} from '../../src/register/recordOnDay'
import { entryHistory } from '../credit-file/arbitraries'

const day = fc
  .integer({ min: 0, max: 12 * 365 })
  .map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))

describe('registerRecordOf', () => {
  it('says on every day what the credit file read as of that day says', () => {
    fc.assert(
      fc.property(
        entryHistory(30),
        fc.array(day, { minLength: 1, maxLength: 6 }),
        (entries, days) => {
          const record = registerRecordOf(entries)
          for (const on of days) {
            const file = creditFileOf(entries, { asOf: on })
            if (file.version === 0 || record === undefined) {
              expect(record === undefined || !registeredBy(record, on)).toBe(true)
              continue
            }
            expect(registeredBy(record, on)).toBe(true)
            expect(statusOn(record, on)).toBe(file.status)
            expect(gradeOn(record, on)).toBe(file.grade?.valid ? file.grade.grade : null)
            expect(deductionOn(record, on)).toBe(
              file.status === 'active' &&
                file.donationDeduction.some(
                  (q) => q.validFrom <= on && on <= q.validTo && q.lostOn === null,
                ),
            )
            for (const list of ['abnormal', 'serious'] as const) {
              const members = list === 'abnormal' ? file.abnormalList : file.seriousList
              const open = members.filter((m) => m.removedOn === null).map((m) => m.listingSeq)
              const stays = record.stays.filter((s) => s.list === list && stayOn(s, on))
              expect(stays.map((s) => s.seq).sort()).toEqual(open.sort())
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('deductionOn', () => {
  const span = { validFrom: '2023-01-01', validTo: '2025-12-31', lostOn: null, seq: 3 }
  const record = (donationDeduction: unknown, closures: unknown[] = []) =>
    ({ donationDeduction, closures }) as unknown as Parameters<typeof deductionOn>[0]

  it('holds on the first and the last day of the confirmed period, and not a day outside it', () => {
    expect(deductionOn(record([span]), '2023-01-01')).toBe(true)
    expect(deductionOn(record([span]), '2025-12-31')).toBe(true)
    expect(deductionOn(record([span]), '2022-12-31')).toBe(false)
    expect(deductionOn(record([span]), '2026-01-01')).toBe(false)
  })

  it('ends on the day the qualification was cancelled', () => {
    const lost = { ...span, lostOn: '2024-05-10' }
    expect(deductionOn(record([lost]), '2024-05-09')).toBe(true)
    expect(deductionOn(record([lost]), '2024-05-10')).toBe(false)
  })

  it('holds none on the days the organization is closed, and again once the closure is voided', () => {
    const closure = { on: '2024-03-01', status: 'deregistered', voidedOn: '2024-09-01', seq: 5 }
    expect(deductionOn(record([span], [closure]), '2024-02-29')).toBe(true)
    expect(deductionOn(record([span], [closure]), '2024-03-01')).toBe(false)
    expect(deductionOn(record([span], [closure]), '2024-09-01')).toBe(true)
  })

  it('reads a record stored before the field existed as holding none', () => {
    expect(deductionOn(record(undefined), '2024-01-01')).toBe(false)
  })
})
