import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import { cnHolidays } from '../../src/policies'
import {
  addDaysIso,
  addPeriod,
  addWorkingDays,
  compareIso,
  deadline,
  dueDateInYear,
  elapsesOn,
  hasElapsed,
  isIsoDate,
  isWithin,
  isWorkingDay,
  periodEnd,
  windowStart,
  workingDaysBetween,
  yearEnd,
} from '../../src/time'

// Callers from plain JavaScript or untyped data can pass anything.
const loose = (value: unknown) => value as never

const CASES: [string, () => unknown, readonly (string | number)[]][] = [
  ['periodEnd', () => periodEnd('2021-6-1', { years: 2 }, 'civil_code'), ['start']],
  [
    'periodEnd',
    () => periodEnd('2021-06-01', loose({ years: -2 }), 'civil_code'),
    ['period', 'years'],
  ],
  [
    'periodEnd',
    () => periodEnd('2021-06-01', loose({ weeks: 2 }), 'civil_code'),
    ['period', 'weeks'],
  ],
  ['periodEnd', () => periodEnd('2021-06-01', {}, 'civil_code'), ['period']],
  ['periodEnd', () => periodEnd('2021-06-01', loose(null), 'civil_code'), ['period']],
  ['periodEnd', () => periodEnd('2021-06-01', { years: 2 }, loose('anniversary')), ['convention']],
  ['elapsesOn', () => elapsesOn(loose(20210601), { years: 2 }, 'calendar'), ['start']],
  ['hasElapsed', () => hasElapsed('2021-06-01', { years: 2 }, '2023-02-29', 'calendar'), ['at']],
  ['isWithin', () => isWithin('2021-06-01', { years: 3 }, '2024-06-01T00:00Z', 'calendar'), ['at']],
  [
    'windowStart',
    () => windowStart('2024-06-01', { months: 1.5 }, 'civil_code'),
    ['period', 'months'],
  ],
  ['addPeriod', () => addPeriod('2024-00-10', { days: 1 }), ['date']],
  [
    'deadline',
    () => deadline('2024-01-01', { days: 5 }, loose({ holidays: 'none', workdays: [] })),
    ['calendar', 'holidays'],
  ],
  ['isWorkingDay', () => isWorkingDay('2024-01-01', loose(undefined)), ['calendar']],
  ['addWorkingDays', () => addWorkingDays('2024-01-01', -3, cnHolidays), ['n']],
  ['workingDaysBetween', () => workingDaysBetween('2024-01-01', '2024-1-31', cnHolidays), ['to']],
  ['addDaysIso', () => addDaysIso('2024-01-01', Number.POSITIVE_INFINITY), ['days']],
  ['compareIso', () => compareIso(loose(undefined), '2024-01-01'), ['a']],
  ['yearEnd', () => yearEnd(1e5), ['year']],
  ['dueDateInYear', () => dueDateInYear(2025, '02-30'), ['monthDay']],
]

describe('time functions on bad input', () => {
  it.each(CASES)('%s throws INVALID_INPUT naming the argument at fault', (_name, call, path) => {
    let thrown: unknown
    try {
      call()
    } catch (error) {
      thrown = error
    }
    expect(isLedgerError(thrown)).toBe(true)
    expect(thrown).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path }] })
  })
})

describe('isIsoDate, against the calendar', () => {
  it('accepts exactly the days a Date round trip gives back unchanged, leap years included', () => {
    const byDate = (value: string) => {
      const at = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          expect(isIsoDate(value)).toBe(byDate(value))
        },
      ),
      { numRuns: 5000 },
    )
    for (const value of ['2000-02-29', '1900-02-29', '2100-02-29', '2024-02-29', '2023-02-29']) {
      expect(isIsoDate(value)).toBe(byDate(value))
    }
  })
})
