import { type HolidayCalendar, holidayCalendarOfNotices } from '../../time'
import { cnHolidayNotices } from './cnHolidayNotices'

/**
 * Mainland China's official public holidays and make-up working days, from the State Council
 * notices in `cnHolidayNotices`; its coverage is the notices' years, 2015-01-01 to 2026-12-31.
 * Counting working days outside it throws `OUTSIDE_CALENDAR` naming the year: add each new
 * notice (published each autumn) with `extendHolidayCalendar`.
 *
 * @example addWorkingDays('2026-02-12', 5, cnHolidays) // '2026-02-26'
 */
export const cnHolidays: HolidayCalendar = holidayCalendarOfNotices(cnHolidayNotices)
