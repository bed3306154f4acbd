import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { corresponding, readPeriod } from './_internal/period'
import type { CalendarPeriod } from './calendarPeriod'

/**
 * The corresponding day `period` after `date`: years and months first, on the last day of the
 * month when that month is too short (Civil Code Art. 202), then days.
 *
 * @example addPeriod('2020-02-29', { years: 1 }) // '2021-02-28'
 */
export function addPeriod(date: string, period: CalendarPeriod): string {
  const start = dayNumberOf(date, ['date'])
  return isoOfDayNumber(corresponding(start, readPeriod(period, ['period'])), ['period'])
}
