// `npx tsx bench/timeArithmetic.ts`: what date-fns would cost the calendar arithmetic of
// src/time, per call, and where its answers depend on the host's time zone. The figures decide
// which of the two does the work (docs/time.md, "Why the core does not call date-fns").
import { addMonths, isValid, parseISO } from 'date-fns'
import { dayNumberFromParts, dayNumberOf, partsOfDayNumber } from '../src/time/_internal/dayNumber'
import { shiftMonths } from '../src/time/_internal/period'
import { isIsoDate } from '../src/time/day'

const DAY_MS = 86_400_000
const ISO = /^\d{4}-\d{2}-\d{2}$/

/** date-fns on a Date in the host's local time, built at noon so no DST change can move the day. */
function shiftMonthsLocal(day: number, months: number): number {
  const { year, month, day: date } = partsOfDayNumber(day)
  const local = new Date(2000, 0, 1, 12)
  local.setFullYear(year, month - 1, date)
  const moved = addMonths(local, months)
  return dayNumberFromParts(moved.getFullYear(), moved.getMonth() + 1, moved.getDate())
}

/** A Date whose local fields are its UTC ones, so date-fns computes in UTC whatever TZ says. */
class UtcDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear()
  }
  override getMonth(): number {
    return this.getUTCMonth()
  }
  override getDate(): number {
    return this.getUTCDate()
  }
  override setFullYear(year: number, month?: number, date?: number): number {
    return this.setUTCFullYear(year, month ?? this.getUTCMonth(), date ?? this.getUTCDate())
  }
  override setMonth(month: number, date?: number): number {
    return this.setUTCMonth(month, date ?? this.getUTCDate())
  }
}

function shiftMonthsUtc(day: number, months: number): number {
  return Math.floor(addMonths(new UtcDate(day * DAY_MS), months).getTime() / DAY_MS)
}

function isIsoDateFns(value: string): boolean {
  return ISO.test(value) && isValid(parseISO(value))
}

const dates = Array.from({ length: 4096 }, (_, i) =>
  new Date(Date.UTC(1990, 0, 1) + i * 8 * DAY_MS).toISOString().slice(0, 10),
)
const days = dates.map((date) => dayNumberOf(date, []))

function nanoseconds(run: (i: number) => number): number {
  let sink = 0
  for (let i = 0; i < 200_000; i++) sink += run(i & 4095)
  const samples: number[] = []
  for (let round = 0; round < 7; round++) {
    const start = process.cpuUsage()
    for (let i = 0; i < 500_000; i++) sink += run(i & 4095)
    const used = process.cpuUsage(start)
    samples.push(((used.user + used.system) * 1000) / 500_000)
  }
  if (Number.isNaN(sink)) throw new Error('unreachable')
  return samples.sort((a, b) => a - b)[3] as number
}

const rows: [string, number, number][] = [
  [
    'month arithmetic, date-fns addMonths in local time',
    nanoseconds((i) => shiftMonths(days[i] as number, 13)),
    nanoseconds((i) => shiftMonthsLocal(days[i] as number, 13)),
  ],
  [
    'month arithmetic, date-fns addMonths in UTC',
    nanoseconds((i) => shiftMonths(days[i] as number, 13)),
    nanoseconds((i) => shiftMonthsUtc(days[i] as number, 13)),
  ],
  [
    'date validation, date-fns parseISO and isValid',
    nanoseconds((i) => (isIsoDate(dates[i] as string) ? 1 : 0)),
    nanoseconds((i) => (isIsoDateFns(dates[i] as string) ? 1 : 0)),
  ],
]
console.log('| work | hand-written ns/call | date-fns ns/call | ratio |\n|---|--:|--:|--:|')
for (const [work, hand, fns] of rows) {
  console.log(`| ${work} | ${hand.toFixed(0)} | ${fns.toFixed(0)} | ${(fns / hand).toFixed(1)}× |`)
}

// Where the local-time answer depends on the zone: days a zone skipped.
const skipped: [string, string, number][] = [
  ['Pacific/Apia', '2011-11-30', 1],
  ['Pacific/Kiritimati', '1994-11-30', 1],
]
for (const [zone, date, months] of skipped) {
  process.env.TZ = zone
  const day = dayNumberOf(date, [])
  const show = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10)
  console.log(
    `${zone}: ${date} + ${months} month: hand-written ${show(shiftMonths(day, months))}, date-fns local ${show(shiftMonthsLocal(day, months))}, date-fns UTC ${show(shiftMonthsUtc(day, months))}`,
  )
}
