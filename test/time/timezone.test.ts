import { afterAll, describe, expect, it } from 'vitest'
import {
  addPeriod,
  addWorkingDays,
  cnHolidays,
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
})
