import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cnHolidays } from '../../src/policies/cn/cnHolidays'
import { addWorkingDays } from '../../src/time/addWorkingDays'
import { extendHolidayCalendar } from '../../src/time/extendHolidayCalendar'
import { isWorkingDay } from '../../src/time/isWorkingDay'
import { workingDaysBetween } from '../../src/time/workingDaysBetween'
import { dayOfIso, isoOfDay, outsideCalendarIn } from './arbitraries'

// Made-up schedules for the tests, NOT the State Council's.
const made_up_2027 = {
  year: 2027,
  holidays: ['2026-12-31', '2027-01-01', '2027-02-08', '2027-02-09'],
  workdays: ['2027-02-06'],
}
const made_up_2028 = { year: 2028, holidays: ['2028-01-03'], workdays: [] }

function issuesOf(call: () => unknown): unknown {
  try {
    call()
  } catch (error) {
    return error
  }
  return undefined
}

describe('extendHolidayCalendar', () => {
  it('covers the added year and counts with its days', () => {
    const calendar = extendHolidayCalendar(cnHolidays, made_up_2027)
    expect(calendar.coverage).toEqual({ from: '2015-01-01', to: '2027-12-31' })
    expect(isWorkingDay('2027-02-08', calendar)).toBe(false)
    expect(isWorkingDay('2027-02-06', calendar)).toBe(true)
    // 12-29, 12-30; 12-31 and 01-01 off, the weekend, then 01-04, 01-05, 01-06.
    expect(addWorkingDays('2026-12-28', 5, calendar)).toBe('2027-01-06')
    expect(() => addWorkingDays('2027-12-28', 5, calendar)).toThrow(outsideCalendarIn(2028))
  })

  it('takes one year after another, and leaves the base alone', () => {
    const calendar = extendHolidayCalendar(
      extendHolidayCalendar(cnHolidays, made_up_2027),
      made_up_2028,
    )
    expect(calendar.coverage?.to).toBe('2028-12-31')
    expect(isWorkingDay('2028-01-03', calendar)).toBe(false)
    expect(cnHolidays.coverage?.to).toBe('2026-12-31')
    expect(cnHolidays.holidays).not.toContain('2027-01-01')
    expect(Object.isFrozen(calendar) && Object.isFrozen(calendar.holidays)).toBe(true)
  })

  it('keeps every answer the base gave, up to the December day the new year sets', () => {
    const calendar = extendHolidayCalendar(cnHolidays, made_up_2027)
    const day = fc
      .integer({ min: dayOfIso('2015-01-01'), max: dayOfIso('2026-12-30') })
      .map(isoOfDay)
    fc.assert(
      fc.property(day, (date) => {
        expect(isWorkingDay(date, calendar)).toBe(isWorkingDay(date, cnHolidays))
      }),
    )
  })

  it('adding n working days then counting back gives n, across the new year', () => {
    const calendar = extendHolidayCalendar(cnHolidays, made_up_2027)
    const day = fc
      .integer({ min: dayOfIso('2026-10-01'), max: dayOfIso('2027-10-31') })
      .map(isoOfDay)
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (date, n) => {
        expect(workingDaysBetween(date, addWorkingDays(date, n, calendar), calendar)).toBe(n)
      }),
    )
  })

  it('refuses a year that leaves a gap or is already covered, saying which year comes next', () => {
    for (const year of [2028, 2026, 2014]) {
      expect(
        issuesOf(() => extendHolidayCalendar(cnHolidays, { ...made_up_2028, year, holidays: [] })),
      ).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [
          {
            code: 'not_contiguous',
            path: ['schedule', 'year'],
            message: expect.stringMatching(/2027/),
          },
        ],
      })
    }
  })

  it('refuses a base without coverage, or one that ends in the middle of a year', () => {
    expect(
      issuesOf(() => extendHolidayCalendar({ holidays: [], workdays: [] }, made_up_2027)),
    ).toMatchObject({
      issues: [{ code: 'no_coverage', path: ['base', 'coverage'] }],
    })
    const partial = {
      coverage: { from: '2026-01-01', to: '2026-10-31' },
      holidays: [],
      workdays: [],
    }
    expect(issuesOf(() => extendHolidayCalendar(partial, made_up_2027))).toMatchObject({
      issues: [{ code: 'not_contiguous', message: expect.stringMatching(/31 December/) }],
    })
  })

  it('refuses malformed schedules, naming each path', () => {
    const error = issuesOf(() =>
      extendHolidayCalendar(cnHolidays, {
        year: 2027,
        holidays: ['2027-02-30', '2028-01-01', '2026-11-30', '2027-05-01'],
        // 05-01 both ways; 01-05 is a Tuesday; the last one is not a date at all.
        workdays: ['2027-05-01', '2027-01-05', '27-1-9'],
      }),
    )
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: /^invalid calendar extension: / })
    const issues = (error as { issues: { code: string; path: unknown[] }[] }).issues
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'custom', path: ['schedule', 'holidays', 0] },
      { code: 'custom', path: ['schedule', 'workdays', 2] },
      { code: 'outside_year', path: ['schedule', 'holidays', 1] },
      { code: 'outside_year', path: ['schedule', 'holidays', 2] },
      { code: 'overlap', path: ['schedule', 'workdays', 0] },
      { code: 'not_a_weekend', path: ['schedule', 'workdays', 1] },
    ])
  })

  it('refuses a December day that the base lists the other way', () => {
    const base = extendHolidayCalendar(cnHolidays, made_up_2027)
    const clash = { year: 2028, holidays: ['2027-02-06'], workdays: [] }
    expect(issuesOf(() => extendHolidayCalendar(base, clash))).toMatchObject({
      issues: [{ code: 'outside_year', path: ['schedule', 'holidays', 0] }],
    })
    // Sunday 2027-12-26: off in the base, worked by the 2028 schedule.
    const december = { year: 2028, holidays: [], workdays: ['2027-12-26'] }
    const withOff = extendHolidayCalendar(cnHolidays, { ...made_up_2027, holidays: ['2027-12-26'] })
    expect(issuesOf(() => extendHolidayCalendar(withOff, december))).toMatchObject({
      issues: [{ code: 'overlap', path: ['schedule', 'workdays', 0] }],
    })
  })

  it('refuses a base calendar that is itself malformed, under base', () => {
    const broken = {
      coverage: { from: '2026-01-01', to: '2026-12-31' },
      holidays: ['2026-13-01'],
      workdays: [],
    }
    expect(issuesOf(() => extendHolidayCalendar(broken, made_up_2027))).toMatchObject({
      issues: [{ path: ['base', 'holidays', 0] }],
    })
  })
})
