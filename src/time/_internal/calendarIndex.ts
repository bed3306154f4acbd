import type { HolidayCalendar } from '../holidayCalendar'
import { dayNumberOf, weekdayOf } from './dayNumber'
import { invalidInput } from './invalidInput'
import { outsideCalendar } from './outsideCalendar'

/** A calendar read into day numbers: sets for lookups, sorted exceptions for counting. */
export interface CalendarIndex {
  readonly holidays: ReadonlySet<number>
  readonly workdays: ReadonlySet<number>
  /** Holidays that fall on Monday to Friday, ascending. */
  readonly weekdayHolidays: readonly number[]
  /** Make-up working days that fall on Saturday or Sunday, ascending. */
  readonly weekendWorkdays: readonly number[]
  /** The first and last covered day; infinite for a calendar that states no coverage. */
  readonly first: number
  readonly last: number
}

const cache = new WeakMap<object, CalendarIndex>()

// No real calendar has a year without a working day; past this, the data is wrong.
const MAX_DAYS_OFF_IN_A_ROW = 366

/** The index of `calendar`, built and validated on first use and then cached. */
export function calendarIndex(calendar: HolidayCalendar): CalendarIndex {
  if (typeof calendar !== 'object' || calendar === null) {
    throw invalidInput(['calendar'], 'invalid_calendar', 'expected { holidays, workdays }')
  }
  const cached = cache.get(calendar)
  if (cached) return cached
  const listedOff = readDates(calendar.holidays, 'holidays')
  const holidays = new Set(listedOff)
  const workdays = readDates(calendar.workdays, 'workdays')
  workdays.forEach((day, index) => {
    if (holidays.has(day)) {
      throw invalidInput(
        ['calendar', 'workdays', index],
        'overlap',
        'the date is listed both as a holiday and as a make-up working day',
      )
    }
  })
  const { first, last } = readCoverage(calendar.coverage)
  if (first > last) {
    throw invalidInput(
      ['calendar', 'coverage', 'to'],
      'coverage_order',
      'the coverage ends before it starts',
    )
  }
  for (const [field, days] of [
    ['holidays', listedOff],
    ['workdays', workdays],
  ] as const) {
    const index = days.findIndex((day) => day < first || day > last)
    if (index >= 0) {
      throw invalidInput(
        ['calendar', field, index],
        'outside_coverage',
        'the date is outside the coverage',
      )
    }
  }
  const isWeekend = (day: number) => weekdayOf(day) === 0 || weekdayOf(day) === 6
  const ascending = (a: number, b: number) => a - b
  const index: CalendarIndex = {
    holidays,
    workdays: new Set(workdays),
    weekdayHolidays: [...holidays].filter((day) => !isWeekend(day)).sort(ascending),
    weekendWorkdays: [...new Set(workdays)].filter(isWeekend).sort(ascending),
    first,
    last,
  }
  cache.set(calendar, index)
  return index
}

function readDates(dates: unknown, field: string): number[] {
  if (!Array.isArray(dates)) {
    throw invalidInput(['calendar', field], 'invalid_calendar', 'expected an array of dates')
  }
  return dates.map((date, index) => dayNumberOf(date, ['calendar', field, index]))
}

function readCoverage(coverage: unknown): { first: number; last: number } {
  if (coverage === undefined)
    return { first: Number.NEGATIVE_INFINITY, last: Number.POSITIVE_INFINITY }
  if (typeof coverage !== 'object' || coverage === null) {
    throw invalidInput(['calendar', 'coverage'], 'invalid_calendar', 'expected { from, to }')
  }
  const { from, to } = coverage as { from?: unknown; to?: unknown }
  return {
    first: dayNumberOf(from, ['calendar', 'coverage', 'from']),
    last: dayNumberOf(to, ['calendar', 'coverage', 'to']),
  }
}

/** Whether the day is a working day; throws `OUTSIDE_CALENDAR` for a day the calendar does not cover. */
export function isWorkingDayNumber(index: CalendarIndex, day: number): boolean {
  if (day < index.first || day > index.last) throw outsideCalendar(day, index.first, index.last)
  if (index.workdays.has(day)) return true
  if (index.holidays.has(day)) return false
  const weekday = weekdayOf(day)
  return weekday !== 0 && weekday !== 6
}

/** The first working day after `day`. */
export function nextWorkingDay(index: CalendarIndex, day: number): number {
  for (let next = day + 1; next <= day + MAX_DAYS_OFF_IN_A_ROW; next++) {
    if (isWorkingDayNumber(index, next)) return next
  }
  throw invalidInput(
    ['calendar'],
    'no_working_day',
    `the calendar has no working day in the ${MAX_DAYS_OFF_IN_A_ROW} days after a date`,
  )
}

/**
 * The number of working days in `(from, to]`, for `from <= to`, without visiting each day;
 * throws `OUTSIDE_CALENDAR` when the span leaves the coverage.
 */
export function countWorkingDays(index: CalendarIndex, from: number, to: number): number {
  if (from < to) {
    if (to > index.last)
      throw outsideCalendar(Math.max(from + 1, index.last + 1), index.first, index.last)
    if (from + 1 < index.first)
      throw outsideCalendar(Math.min(to, index.first - 1), index.first, index.last)
  }
  const span = to - from
  let weekdays = Math.floor(span / 7) * 5
  for (let day = from + 1 + Math.floor(span / 7) * 7; day <= to; day++) {
    const weekday = weekdayOf(day)
    if (weekday !== 0 && weekday !== 6) weekdays++
  }
  return (
    weekdays -
    countBetween(index.weekdayHolidays, from, to) +
    countBetween(index.weekendWorkdays, from, to)
  )
}

/** How many of the ascending `days` lie in `(from, to]`. */
function countBetween(days: readonly number[], from: number, to: number): number {
  return firstAbove(days, to) - firstAbove(days, from)
}

function firstAbove(days: readonly number[], bound: number): number {
  let low = 0
  let high = days.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((days[middle] ?? Number.POSITIVE_INFINITY) <= bound) low = middle + 1
    else high = middle
  }
  return low
}
