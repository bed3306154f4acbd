import { dayNumberFromParts, isoOfDayNumber } from './_internal/dayNumber'
import { corresponding, readPeriod } from './_internal/period'
import type { CalendarPeriod } from './calendarPeriod'

// Eight years around a century year that is not a leap year: every month end, both lengths of
// February, and runs of years with one leap day or none, so any two periods that can end in
// either order do so from some day in here.
const FROM = dayNumberFromParts(2096, 1, 1)
const TO = dayNumberFromParts(2103, 12, 31)

/**
 * The first day from which `period` ends before `than` does (each added as `addPeriod` adds
 * it), trying every day of 2096 to 2103; `null` when it never does. A span `than` to `period`
 * apart is empty from such a day, whatever the two periods' units.
 *
 * @example shorterFrom({ months: 1 }, { days: 30 }) // '2096-01-31': 29 February, before 1 March
 */
export function shorterFrom(period: CalendarPeriod, than: CalendarPeriod): string | null {
  const shift = readPeriod(period, ['period'])
  const thanShift = readPeriod(than, ['than'])
  for (let day = FROM; day <= TO; day++) {
    if (corresponding(day, shift) < corresponding(day, thanShift)) {
      return isoOfDayNumber(day, ['period'])
    }
  }
  return null
}
