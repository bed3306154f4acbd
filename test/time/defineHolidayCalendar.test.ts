import { describe, expect, it } from 'vitest'
import { cnHolidays } from '../../src/policies/cn/cnHolidays'
import { addWorkingDays } from '../../src/time/addWorkingDays'
import { defineHolidayCalendar } from '../../src/time/defineHolidayCalendar'
import { outsideCalendarIn } from './arbitraries'

describe('defineHolidayCalendar', () => {
  it('layers local holidays on the national calendar and keeps its coverage', () => {
    // Guangxi's 三月三 holiday, dates for illustration.
    const guangxi = defineHolidayCalendar({
      ...cnHolidays,
      holidays: [...cnHolidays.holidays, '2025-03-31', '2025-04-01'],
    })
    expect(addWorkingDays('2025-03-28', 2, guangxi)).toBe('2025-04-03')
    expect(guangxi.coverage).toEqual(cnHolidays.coverage)
    expect(() => addWorkingDays('2026-12-31', 1, guangxi)).toThrow(outsideCalendarIn(2027))
    expect(Object.isFrozen(guangxi) && Object.isFrozen(guangxi.coverage)).toBe(true)
  })

  it('accepts a calendar from JSON that states no coverage', () => {
    const local = defineHolidayCalendar(JSON.parse('{"holidays":["2025-04-01"],"workdays":[]}'))
    expect(local).toEqual({ holidays: ['2025-04-01'], workdays: [] })
  })

  it('refuses malformed data with INVALID_INPUT and a path and code for each problem', () => {
    let caught: unknown
    try {
      defineHolidayCalendar({
        coverage: { from: '2025-01-01', to: '2025-12-31' },
        holidays: ['2025-04-05', '2026-01-01'],
        workdays: ['2025-04-05'],
        notes: 'extra',
      })
    } catch (error) {
      caught = error
    }
    expect(caught).toMatchObject({ code: 'INVALID_INPUT', message: /^invalid holiday calendar: / })
    const issues = (caught as { issues: { code: string; path: unknown[] }[] }).issues
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'unrecognized_keys', path: [] },
      { code: 'overlap', path: ['workdays', 0] },
      { code: 'outside_coverage', path: ['holidays', 1] },
    ])
  })
})
