import { dayOf, nextIsoDay } from '../time'

/**
 * The China-time calendar day of an effective date or instant, as `dayOf` computes it. Dates,
 * instants written in China time and the clock's UTC instants, the usual forms, are read off
 * the text without a pattern check: the fold reads entries the ledger wrote and checked, once
 * or more per entry.
 */
export function effectiveDay(value: string): string {
  if (value.length === 10 || value.endsWith('+08:00')) return value.slice(0, 10)
  // The ledger's clock writes UTC instants as Date#toISOString does: China time is 8 hours on.
  if (value.length === 24 && value.charCodeAt(23) === Z) {
    const hour = (value.charCodeAt(11) - ZERO) * 10 + value.charCodeAt(12) - ZERO
    const date = value.slice(0, 10)
    if (hour < 16) return date
    // Entries recorded together share their UTC date: remember the day after the last one.
    if (date !== lastDate) {
      lastDate = date
      lastDayAfter = nextIsoDay(date)
    }
    return lastDayAfter
  }
  return dayOf(value)
}

let lastDate = ''
let lastDayAfter = ''

const Z = 'Z'.charCodeAt(0)
const ZERO = '0'.charCodeAt(0)
