import fc from 'fast-check'

const DAY_MS = 86_400_000
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** A day from `from` to `to`, both included. */
export function dayBetween(from: string, to: string): fc.Arbitrary<string> {
  return fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoOf)
}

/** An announcement day under the measures: 2011-03-01 to 2030-12-31. */
export const announcementDay: fc.Arbitrary<string> = dayBetween('2011-03-01', '2030-12-31')
