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
  const day = chinaDayOfInstant(value)
  if (day !== undefined) return day
  const instant = Date.parse(value)
  if (Number.isNaN(instant)) throw invalidArgument('value', 'an ISO date or instant', value)
  return new Date(instant + CST_OFFSET_MS).toISOString().slice(0, 10)
}

const MINUTES_A_DAY = 24 * 60
const CST_OFFSET_MINUTES = 8 * 60

/**
 * The China-time day of an ISO instant written as `isoDateOrInstantSchema` accepts it, by
 * arithmetic on its text: a credit file reads one per entry, and building a `Date` for each
 * doubled the cost of a read. `undefined` for text of another shape, left to `Date.parse`.
 */
export function chinaDayOfInstant(value: string): string | undefined {
  if (!INSTANT.test(value) || !isIsoDate(value.slice(0, 10))) return undefined
  const hours = Number(value.slice(11, 13))
  const minute = Number(value.slice(14, 16))
  const second = value[16] === ':' ? Number(value.slice(17, 19)) : 0
  const zone = value.endsWith('Z') ? 0 : offsetMinutes(value.slice(-6))
  // Out-of-range fields are Date.parse's to refuse, as they always were.
  if (hours > 23 || minute > 59 || second > 59 || Math.abs(zone) >= MINUTES_A_DAY) return undefined
  const minutes = hours * 60 + minute
  // Offsets reach ±23:59, so China time can be up to two days after the written date.
  let shifted = minutes - zone + CST_OFFSET_MINUTES
  let date = value.slice(0, 10)
  for (; shifted >= MINUTES_A_DAY; shifted -= MINUTES_A_DAY) date = nextIsoDay(date)
  if (shifted < 0) date = previousIsoDay(date)
  return date
}

function offsetMinutes(offset: string): number {
  const size = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))
  return offset[0] === '-' ? -size : size
}

/** The calendar day after an ISO date, by arithmetic on its text (the date is not checked). */
export function nextIsoDay(date: string): string {
  let year = Number(date.slice(0, 4))
  let month = Number(date.slice(5, 7))
  let day = Number(date.slice(8, 10)) + 1
  if (day > daysInMonth(year, month)) {
    day = 1
    month++
    if (month > 12) {
      month = 1
      year++
    }
  }
  return isoDay(year, month, day)
}

function previousIsoDay(date: string): string {
  let year = Number(date.slice(0, 4))
  let month = Number(date.slice(5, 7))
  let day = Number(date.slice(8, 10)) - 1
  if (day < 1) {
    month--
    if (month < 1) {
      month = 12
      year--
    }
    day = daysInMonth(year, month)
  }
  return isoDay(year, month, day)
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
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
