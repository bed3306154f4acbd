import { LedgerError } from '../../errors'
import type { OutsideCalendarIssue } from '../outsideCalendar'
import { isoOfDayNumber, partsOfDayNumber } from './dayNumber'

/** The `OUTSIDE_CALENDAR` error for a count that needs `day`, outside `[first, last]`. */
export function outsideCalendar(day: number, first: number, last: number): LedgerError {
  const year = partsOfDayNumber(day).year
  const covers = `${isoOfDayNumber(first, ['calendar'])} to ${isoOfDayNumber(last, ['calendar'])}`
  const message =
    `the holiday calendar covers ${covers} and does not say which days of ${year} are ` +
    `working days: add that year's schedule (extendHolidayCalendar) before counting in it`
  const issue: OutsideCalendarIssue = {
    code: 'outside_calendar',
    path: ['calendar', 'coverage'],
    message,
    year,
  }
  return new LedgerError('OUTSIDE_CALENDAR', message, [issue])
}
