import * as z from 'zod/mini'
import { expectString, invalidArgument } from '../_internal/arguments'

// Chinese regulations count calendar days in China Standard Time (UTC+8, no daylight saving
// since 1991), so an instant belongs to the day it is in Beijing.
const CST_OFFSET_MS = 8 * 60 * 60 * 1000

const DATE = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/** An ISO calendar date (`2021-06-01`) that exists in the calendar. */
export const isoDateSchema: z.ZodMiniString<string> = z
  .string()
  .check(z.refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' }))

/** An ISO calendar date, or an ISO instant with a UTC offset (`2021-06-01T09:30:00+08:00`). */
export const isoDateOrInstantSchema: z.ZodMiniString<string> = z.string().check(
  z.refine((value) => isIsoDate(value) || isIsoInstant(value), {
    message: 'expected a date as YYYY-MM-DD or an instant with an offset, as 2021-06-01T09:30:00Z',
  }),
)

/** True for a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false
  // By arithmetic rather than a Date round trip: every envelope and payload date passes here.
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month of the proleptic Gregorian calendar, as ISO 8601 counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29
  return DAYS_IN_MONTH[month - 1] as number
}

/** True for an ISO instant that names its offset. */
export function isIsoInstant(value: string): boolean {
  return INSTANT.test(value) && !Number.isNaN(Date.parse(value)) && isIsoDate(value.slice(0, 10))
}

/** The calendar day, in China Standard Time, of a date or an instant. */
export function dayOf(value: string): string {
  expectString(value, 'value')
  if (value.length === 10) return value
  const instant = Date.parse(value)
  if (Number.isNaN(instant)) throw invalidArgument('value', 'an ISO date or instant', value)
  return new Date(instant + CST_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * The instant a date or instant stands for when used as a "known at" bound: a bare date
 * means the end of that day in China Standard Time.
 */
export function instantBound(value: string): number {
  expectString(value, 'value')
  if (value.length === 10) return Date.parse(`${value}T23:59:59.999+08:00`)
  return Date.parse(value)
}
