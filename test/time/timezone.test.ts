import { afterAll, describe, expect, it } from 'vitest'
import { cnHolidays } from '../../src/policies'
import {
  addDaysIso,
  addPeriod,
  addWorkingDays,
  deadline,
  elapsesOn,
  periodEnd,
  windowStart,
  workingDaysBetween,
} from '../../src/time'

const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'America/Santiago',
]
const STARTS = ['2020-02-29', '2021-01-31', '2021-06-01', '2023-03-26', '2024-10-27', '2024-12-31']

function results(): unknown[] {
  return STARTS.flatMap((start) => [
    addPeriod(start, { years: 1, months: 1, days: 1 }),
    periodEnd(start, { months: 1 }, 'civil_code'),
    elapsesOn(start, { years: 2 }, 'calendar'),
    windowStart(start, { years: 3 }, 'civil_code'),
    deadline(start, { days: 10 }, cnHolidays),
    addWorkingDays(start, 7, cnHolidays),
    workingDaysBetween(start, '2025-06-30', cnHolidays),
  ])
}

const original = process.env.TZ

describe('time arithmetic under different process time zones', () => {
  afterAll(() => {
    if (original === undefined) delete process.env.TZ
    else process.env.TZ = original
  })

  it('gives the same dates whatever process.env.TZ says', () => {
    const seen = ZONES.map((zone) => {
      process.env.TZ = zone
      // Proves the zone switch took effect in this process.
      const offset = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()
      return { offset, results: results() }
    })
    expect(new Set(seen.map((s) => s.offset)).size).toBe(ZONES.length)
    for (const { results: each } of seen) expect(each).toEqual(seen[0]?.results)
  })

  it('counts the days that a host zone skipped, as China counts them', () => {
    // Samoa went from 2011-12-29 to 2011-12-31, Kiritimati from 1994-12-30 to 1995-01-01: a
    // Date built from those days in local time lands a day later (date-fns' addMonths too).
    process.env.TZ = 'Pacific/Apia'
    expect(new Date(2011, 11, 30, 12).getDate()).toBe(31)
    expect(addPeriod('2010-12-30', { years: 1 })).toBe('2011-12-30')
    expect(periodEnd('2011-11-30', { months: 1 }, 'civil_code')).toBe('2011-12-30')
    expect(addDaysIso('2011-12-29', 1)).toBe('2011-12-30')
    process.env.TZ = 'Pacific/Kiritimati'
    expect(new Date(1994, 11, 31, 12).getDate()).toBe(1)
    expect(addPeriod('1994-11-30', { months: 1 })).toBe('1994-12-30')
    expect(addPeriod('1993-12-31', { years: 1 })).toBe('1994-12-31')
    expect(elapsesOn('1994-11-30', { months: 1 }, 'civil_code')).toBe('1994-12-31')
    expect(windowStart('1995-01-31', { months: 1 }, 'civil_code')).toBe('1994-12-31')
  })
})
