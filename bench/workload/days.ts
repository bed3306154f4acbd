const DAY_MS = 86_400_000

/** Days since 1970-01-01 of an ISO date: the generator does its calendar sums on these. */
export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS
}

/** The ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** The first day of the workload's history. */
export const HISTORY_START: number = dayNumber('2015-01-01')

/** The last day of the workload's history (the ten years end on 2025-01-01). */
export const HISTORY_END: number = dayNumber('2024-12-31')

/** The day number of `month`/`day` in `year` (month from 1). */
export function dayOfYear(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS
}
