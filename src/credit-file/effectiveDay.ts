import { dayOf } from '../time'

/**
 * The China-time calendar day of an effective date or instant, as `dayOf` computes it. Dates
 * and instants written in China time, the usual forms, are read off the text without building
 * a `Date`, which the fold would otherwise do several times per entry.
 */
export function effectiveDay(value: string): string {
  if (value.length === 10 || value.endsWith('+08:00')) return value.slice(0, 10)
  return dayOf(value)
}
