import { quoted } from '../../_internal/arguments'
import type { PeriodConvention } from '../calendarPeriod'
import { dayNumberFromParts, daysInMonth, partsOfDayNumber } from './dayNumber'
import { invalidInput } from './invalidInput'

/** A validated period: years folded into months, so month-end clipping happens once. */
export interface PeriodShift {
  readonly months: number
  readonly days: number
}

/** Validates a `CalendarPeriod` cheaply (no zod on the hot path). */
export function readPeriod(period: unknown, path: readonly (string | number)[]): PeriodShift {
  if (typeof period !== 'object' || period === null) {
    throw invalidInput(path, 'invalid_period', 'expected an object such as { years: 2 }')
  }
  for (const key in period) {
    if (key !== 'years' && key !== 'months' && key !== 'days') {
      throw invalidInput(
        [...path, key],
        'unrecognized_key',
        'a period has only years, months, days',
      )
    }
  }
  const { years, months, days } = period as { years?: unknown; months?: unknown; days?: unknown }
  const y = count(years, path, 'years')
  const m = count(months, path, 'months')
  const d = count(days, path, 'days')
  if (y + m + d === 0) {
    throw invalidInput(path, 'empty_period', 'a period needs at least one positive field')
  }
  return { months: y * 12 + m, days: d }
}

function count(value: unknown, path: readonly (string | number)[], field: string): number {
  if (value === undefined) return 0
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value
  throw invalidInput([...path, field], 'invalid_count', 'expected a whole number, 0 or more')
}

/** Validates a `PeriodConvention`. */
export function readConvention(
  convention: unknown,
  path: readonly (string | number)[],
): PeriodConvention {
  if (convention === 'civil_code' || convention === 'calendar') return convention
  throw invalidInput(
    path,
    'invalid_convention',
    `expected 'civil_code' or 'calendar', got ${quoted(convention)}`,
  )
}

/** Moves by whole months, landing on the month's last day when the day number is missing. */
export function shiftMonths(dayNumber: number, months: number): number {
  if (months === 0) return dayNumber
  const { year, month, day } = partsOfDayNumber(dayNumber)
  const index = year * 12 + (month - 1) + months
  const toYear = Math.floor(index / 12)
  const toMonth = index - toYear * 12 + 1
  return dayNumberFromParts(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)))
}

/** The corresponding day: months (clipped) and then days after `dayNumber`. */
export function corresponding(dayNumber: number, shift: PeriodShift): number {
  return shiftMonths(dayNumber, shift.months) + shift.days
}

/** The last day of the period that starts from the triggering day `start`. */
export function lastDayOf(start: number, shift: PeriodShift, convention: PeriodConvention): number {
  const end = corresponding(start, shift)
  return convention === 'civil_code' ? end : end - 1
}
