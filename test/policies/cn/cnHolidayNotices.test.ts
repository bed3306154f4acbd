import { describe, expect, it } from 'vitest'
import { cnHolidayNotices } from '../../../src/policies/cn/cnHolidayNotices'
import { dayOfIso, isoOfDay, weekdayOfIso } from '../../time/arbitraries'

function offDays(year: number): string[] {
  const notice = cnHolidayNotices.find((n) => n.year === year)
  return (notice?.festivals ?? []).flatMap((festival) =>
    festival.off.flatMap((entry) => {
      const [from = entry, to = entry] = entry.split('/')
      const days: string[] = []
      for (let day = dayOfIso(from); day <= dayOfIso(to); day++) days.push(isoOfDay(day))
      return days
    }),
  )
}

const workDays = (year: number): readonly string[] =>
  cnHolidayNotices.find((n) => n.year === year)?.festivals.flatMap((f) => f.work) ?? []

// Days off each notice names and make-up days it sets, counted by hand from the notice texts.
const COUNTS: Record<number, [off: number, work: number]> = {
  2015: [26, 5], // includes 09-03..09-05 and 09-06 for the 70th anniversary of victory
  2016: [24, 6],
  2017: [24, 5],
  2018: [23, 6],
  2019: [24, 7], // Labour Day as amended: 05-01..05-04, work 04-28 and 05-05
  2020: [30, 6], // Spring Festival extended to 02-02; 02-01 no longer a working day
  2021: [31, 7],
  2022: [31, 7],
  2023: [27, 7],
  2024: [28, 8],
  2025: [28, 5],
  2026: [33, 6],
}

describe('cnHolidayNotices', () => {
  it('covers every year from 2015 to 2026 once, in order', () => {
    expect(cnHolidayNotices.map((n) => n.year)).toEqual(Object.keys(COUNTS).map(Number))
  })

  it.each(Object.entries(COUNTS))(
    'names as many days off and make-up days for %s as the notices',
    (year, [off, work]) => {
      expect(offDays(Number(year)).length).toBe(off)
      expect(workDays(Number(year)).length).toBe(work)
    },
  )

  it('gives the days named by the notices, for a few years in full', () => {
    expect(offDays(2025)).toEqual([
      '2025-01-01',
      ...['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map(
        (d) => `2025-${d}`,
      ),
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
      '2025-05-05',
      '2025-05-31',
      '2025-06-01',
      '2025-06-02',
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => `2025-10-${d}`),
    ])
    expect(workDays(2026)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ])
  })

  it("starts the Spring Festival holiday on lunar New Year's Eve from 2025, under the revised rules", () => {
    // 除夕: 2025-01-28, 2026-02-16; the 2026 holiday starts two days earlier still.
    expect(offDays(2025)).toContain('2025-01-28')
    expect(offDays(2026)).toContain('2026-02-16')
    // Before 2025 New Year's Eve was not a holiday, e.g. 2024-02-09.
    expect(offDays(2024)).not.toContain('2024-02-09')
  })

  it('matches the weekdays the 2026 notice states beside each date', () => {
    // 周日 = 0 ... 周六 = 6, as printed in the notice of 2025-11-04.
    const stated: [string, number][] = [
      ['2026-01-01', 4],
      ['2026-01-03', 6],
      ['2026-01-04', 0],
      ['2026-02-15', 0],
      ['2026-02-23', 1],
      ['2026-02-14', 6],
      ['2026-02-28', 6],
      ['2026-04-04', 6],
      ['2026-04-06', 1],
      ['2026-05-01', 5],
      ['2026-05-05', 2],
      ['2026-05-09', 6],
      ['2026-06-19', 5],
      ['2026-06-21', 0],
      ['2026-09-25', 5],
      ['2026-09-27', 0],
      ['2026-10-01', 4],
      ['2026-10-07', 3],
      ['2026-09-20', 0],
      ['2026-10-10', 6],
    ]
    for (const [date, weekday] of stated)
      expect([date, weekdayOfIso(date)]).toEqual([date, weekday])
    expect([...offDays(2026), ...workDays(2026)]).toEqual(
      expect.arrayContaining(stated.map(([d]) => d)),
    )
  })

  it('puts every make-up working day on a Saturday or Sunday', () => {
    for (const notice of cnHolidayNotices) {
      for (const date of notice.festivals.flatMap((f) => f.work)) {
        expect([date, weekdayOfIso(date)]).toEqual([
          date,
          expect.toSatisfy((d: number) => d === 0 || d === 6),
        ])
      }
    }
  })

  it('writes only real dates, in the year or the December before it', () => {
    for (const notice of cnHolidayNotices) {
      for (const date of [...offDays(notice.year), ...workDays(notice.year)]) {
        expect(isoOfDay(dayOfIso(date))).toBe(date)
        expect(date >= `${notice.year - 1}-12-01` && date <= `${notice.year}-12-31`).toBe(true)
      }
    }
  })

  it('cites at least one notice for every year', () => {
    for (const notice of cnHolidayNotices) expect(notice.sources.length).toBeGreaterThan(0)
  })
})
