export { addDaysIso } from './addDaysIso'
export { addPeriod } from './addPeriod'
export { addWorkingDays } from './addWorkingDays'
export {
  type CalendarPeriod,
  calendarPeriodSchema,
  type PeriodConvention,
  periodConventionSchema,
  periodConventions,
} from './calendarPeriod'
export { type Clock, fixedClock, systemClock } from './clock'
export { compareIso } from './compareIso'
export {
  dayOf,
  instantBound,
  isIsoDate,
  isIsoInstant,
  isoDateOrInstantSchema,
  isoDateSchema,
  nextIsoDay,
} from './day'
export { deadline } from './deadline'
export { defineHolidayCalendar } from './defineHolidayCalendar'
export { dueDateInYear } from './dueDateInYear'
export { elapsesOn } from './elapsesOn'
export { extendHolidayCalendar } from './extendHolidayCalendar'
export { hasElapsed } from './hasElapsed'
export {
  calendarCoverageSchema,
  type HolidayCalendar,
  holidayCalendarSchema,
} from './holidayCalendar'
export { holidayCalendarOfNotices } from './holidayCalendarOfNotices'
export type { HolidayNotice } from './holidayNotice'
export { type HolidayYear, holidayYearSchema } from './holidayYear'
export { isWithin } from './isWithin'
export { isWorkingDay } from './isWorkingDay'
export type { OutsideCalendarIssue } from './outsideCalendar'
export { periodEnd } from './periodEnd'
export { periodEndingOn } from './periodEndingOn'
export { shorterFrom } from './shorterFrom'
export { termWindowStart } from './termWindowStart'
export { windowStart } from './windowStart'
export { withinStart } from './withinStart'
export { workingDaysBetween } from './workingDaysBetween'
export { yearEnd } from './yearEnd'
