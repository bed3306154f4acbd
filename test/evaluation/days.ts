import { addDays, addYears, format } from 'date-fns'

// Days are made with the platform's UTC Date, and date-fns is the oracle the measures' arithmetic
// is checked against: it works in local time, so its dates are built and read locally.
const DAY_MS = 86_400_000
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** Every calendar day from `from` to `to`, both included. */
export function everyDay(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = dayNumber(from); day <= dayNumber(to); day++) days.push(isoOf(day))
  return days
}

/** `years` after `iso` by date-fns (29 February to 28 February), then `days` more. */
export function oracle(iso: string, years: number, days = 0): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return format(addDays(addYears(new Date(y, m - 1, d), years), days), 'yyyy-MM-dd')
}

/** The number of days from `from` to `to`, both included. */
export function daysFromTo(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1
}
