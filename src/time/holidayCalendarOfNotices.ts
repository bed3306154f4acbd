import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import type { HolidayCalendar } from './holidayCalendar'
import type { HolidayNotice } from './holidayNotice'

/**
 * The working-day calendar that yearly holiday notices make: every day off they name (a
 * `from/to` interval expanded), every make-up working day, and their years as its coverage.
 * The notices must be yearly with no year missing between the first and the last.
 *
 * @example const calendar = holidayCalendarOfNotices(cnHolidayNotices)
 */
export function holidayCalendarOfNotices(notices: readonly HolidayNotice[]): HolidayCalendar {
  return Object.freeze({
    coverage: Object.freeze(coverageOf(notices)),
    holidays: Object.freeze(
      notices.flatMap((notice) => notice.festivals.flatMap((f) => f.off.flatMap(expand))),
    ),
    workdays: Object.freeze(notices.flatMap((notice) => notice.festivals.flatMap((f) => f.work))),
  })
}

function coverageOf(notices: readonly HolidayNotice[]): { from: string; to: string } {
  const years = notices.map((notice) => notice.year)
  const first = Math.min(...years)
  const last = Math.max(...years)
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
