import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dayNumberOf,
  daysInMonth,
  isoOfDayNumber,
  weekdayOf,
} from '../../../src/time/_internal/dayNumber'
import { dayOfIso, isoOfDay } from '../arbitraries'

const everyDate = fc
  .integer({ min: dayOfIso('0000-01-01'), max: dayOfIso('9999-12-31') })
  .map(isoOfDay)

describe('dayNumberOf', () => {
  it('agrees with the platform UTC Date for every date from 0000 to 9999', () => {
    fc.assert(
      fc.property(everyDate, (date) => {
        expect(dayNumberOf(date, ['date'])).toBe(dayOfIso(date))
      }),
    )
  })

  it('counts 1970-01-01 as day 0 and knows the Gregorian leap years', () => {
    expect(dayNumberOf('1970-01-01', ['date'])).toBe(0)
    expect([1900, 2000, 2023, 2024].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29])
  })

  it('rejects dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-04-31',
      '2024-1-01',
      '20240101',
      20240101,
    ]) {
      expect(() => dayNumberOf(bad, ['date'])).toThrow(/calendar date/)
    }
  })
})

describe('isoOfDayNumber', () => {
  it('writes back the date it was given for every date from 0000 to 9999', () => {
    fc.assert(
      fc.property(everyDate, (date) => {
        expect(isoOfDayNumber(dayOfIso(date), ['date'])).toBe(date)
      }),
    )
  })

  it('refuses days before 0000-01-01 and after 9999-12-31', () => {
    expect(() => isoOfDayNumber(dayOfIso('0000-01-01') - 1, ['x'])).toThrow(/0000-9999/)
    expect(() => isoOfDayNumber(dayOfIso('9999-12-31') + 1, ['x'])).toThrow(/0000-9999/)
  })
})

describe('weekdayOf', () => {
  it('agrees with the platform UTC weekday', () => {
    fc.assert(
      fc.property(everyDate, (date) => {
        expect(weekdayOf(dayOfIso(date))).toBe(new Date(`${date}T00:00:00Z`).getUTCDay())
      }),
    )
  })
})
