import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { cnHolidayNotices } from './cnHolidayNotices'
import type { HolidayCalendar } from './holidayCalendar'

/**
 * Mainland China's official public holidays and make-up working days, 2015 to 2026, from the
 * State Council notices in `cnHolidayNotices`. Outside those years only weekends are off:
 * extend it with each new notice (published each autumn) or pass your own calendar.
 *
 * @example addWorkingDays('2026-02-12', 5, cnHolidays) // '2026-02-26'
 */
export const cnHolidays: HolidayCalendar = Object.freeze({
  holidays: Object.freeze(
    cnHolidayNotices.flatMap((notice) => notice.festivals.flatMap((f) => f.off.flatMap(expand))),
  ),
  workdays: Object.freeze(
    cnHolidayNotices.flatMap((notice) => notice.festivals.flatMap((f) => f.work)),
  ),
})

function expand(entry: string): string[] {
  const [from = entry, to = entry] = entry.split('/')
  const days: string[] = []
  for (let day = dayNumberOf(from, ['off']); day <= dayNumberOf(to, ['off']); day++) {
    days.push(isoOfDayNumber(day, ['off']))
  }
  return days
}
