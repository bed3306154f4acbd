import { describe, expect, it } from 'vitest'
import { cnHolidays } from '../../../src/policies/cn/cnHolidays'
import { holidayCalendarSchema } from '../../../src/time/holidayCalendar'
import { dayOfIso, isoOfDay, weekdayOfIso } from '../../time/arbitraries'

const between = (from: string, to: string): string[] => {
  const days: string[] = []
  for (let day = dayOfIso(from); day <= dayOfIso(to); day++) days.push(isoOfDay(day))
  return days
}

describe('cnHolidays', () => {
  it('is a valid holiday calendar', () => {
    expect(holidayCalendarSchema.safeParse(cnHolidays).success).toBe(true)
  })

  it('holds 329 days off and 75 make-up working days from the 2015-2026 notices, none twice', () => {
    expect(cnHolidays.holidays.length).toBe(329)
    expect(cnHolidays.workdays.length).toBe(75)
    expect(new Set(cnHolidays.holidays).size).toBe(329)
    expect(new Set(cnHolidays.workdays).size).toBe(75)
  })

  it('never lists a day both off and as a working day', () => {
    const off = new Set(cnHolidays.holidays)
    expect(cnHolidays.workdays.filter((date) => off.has(date))).toEqual([])
  })

  it('puts every make-up working day on a weekend', () => {
    expect(cnHolidays.workdays.filter((date) => ![0, 6].includes(weekdayOfIso(date)))).toEqual([])
  })

  it('holds the 2020 Spring Festival from 01-24 to 02-02 as extended by the State Council for COVID-19', () => {
    for (const date of between('2020-01-24', '2020-02-02'))
      expect(cnHolidays.holidays).toContain(date)
    expect(cnHolidays.workdays).not.toContain('2020-02-01')
    expect(cnHolidays.workdays).toContain('2020-01-19')
  })

  it('combines Mid-Autumn and National Day from 10-01 to 10-08 in 2020', () => {
    for (const date of between('2020-10-01', '2020-10-08'))
      expect(cnHolidays.holidays).toContain(date)
    expect(cnHolidays.workdays).toEqual(expect.arrayContaining(['2020-09-27', '2020-10-10']))
  })

  it('gives Labour Day two statutory days from 2025', () => {
    expect(cnHolidays.holidays).toEqual(
      expect.arrayContaining(['2025-05-01', '2025-05-02', '2026-05-01', '2026-05-02']),
    )
  })

  it('includes the New Year days a notice set in the December before its year', () => {
    expect(cnHolidays.holidays).toEqual(
      expect.arrayContaining(['2018-12-30', '2018-12-31', '2022-12-31']),
    )
    expect(cnHolidays.workdays).toContain('2018-12-29')
  })

  it('covers the years of its notices, 2015-01-01 to 2026-12-31', () => {
    expect(cnHolidays.coverage).toEqual({ from: '2015-01-01', to: '2026-12-31' })
  })

  it('cannot be changed in place, since calendars are cached by identity', () => {
    expect(Object.isFrozen(cnHolidays)).toBe(true)
    expect(Object.isFrozen(cnHolidays.holidays)).toBe(true)
    expect(Object.isFrozen(cnHolidays.coverage)).toBe(true)
  })
})
