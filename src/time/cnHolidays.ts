import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { cnHolidayNotices, type HolidayNotice } from './cnHolidayNotices'
import type { HolidayCalendar } from './holidayCalendar'

/**
 * Mainland China's official public holidays and make-up working days, from the State Council
 * notices in `cnHolidayNotices`; its coverage is the notices' years, 2015-01-01 to 2026-12-31.
 * Counting working days outside it throws `OUTSIDE_CALENDAR` naming the year: add each new
 * notice (published each autumn) with `extendHolidayCalendar`.
 *
 * @example addWorkingDays('2026-02-12', 5, cnHolidays) // '2026-02-26'
 */
export const cnHolidays: HolidayCalendar = Object.freeze({
  coverage: Object.freeze(coverageOf(cnHolidayNotices)),
  holidays: Object.freeze(
    cnHolidayNotices.flatMap((notice) => notice.festivals.flatMap((f) => f.off.flatMap(expand))),
  ),
  workdays: Object.freeze(
    cnHolidayNotices.flatMap((notice) => notice.festivals.flatMap((f) => f.work)),
  ),
})

function coverageOf(notices: readonly HolidayNotice[]): { from: string; to: string } {
  const years = notices.map((notice) => notice.year)
  const first = Math.min(...years)
  const last = Math.max(...years)
  // The notices are yearly and every year between is there; a test holds them to that.
  return { from: `${first}-01-01`, to: `${last}-12-31` }
}

function expand(entry: string): string[] {
  const [from = entry, to = entry] = entry.split('/')
  const days: string[] = []
  for (let day = dayNumberOf(from, ['off']); day <= dayNumberOf(to, ['off']); day++) {
    days.push(isoOfDayNumber(day, ['off']))
  }
  return days
}
