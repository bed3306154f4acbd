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
export { cnHolidayNotices, type HolidayNotice } from './cnHolidayNotices'
export { cnHolidays } from './cnHolidays'
export { compareIso } from './compareIso'
export {
  dayOf,
  instantBound,
  isIsoDate,
  isIsoInstant,
  isoDateOrInstantSchema,
  isoDateSchema,
} from './day'
export { deadline } from './deadline'
export { dueDateInYear } from './dueDateInYear'
export { elapsesOn } from './elapsesOn'
export { hasElapsed } from './hasElapsed'
export { type HolidayCalendar, holidayCalendarSchema } from './holidayCalendar'
export { isWithin } from './isWithin'
export { isWorkingDay } from './isWorkingDay'
export { periodEnd } from './periodEnd'
export { termWindowStart } from './termWindowStart'
export { windowStart } from './windowStart'
export { withinStart } from './withinStart'
export { workingDaysBetween } from './workingDaysBetween'
export { yearEnd } from './yearEnd'
