import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { registerRecordOf } from '../../src/register'
import { gradeOn, registeredBy, statusOn, stayOn } from '../../src/register/recordOnDay'
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
