import { LedgerError } from '../errors'
import type { Entry, EntryCatalogue } from '../events'
import { instantBound, isIsoDate, isIsoInstant } from '../time'
import { amendsTheRecord } from './amendments'
import { effectiveDay } from './effectiveDay'

/** How to read a credit file: as of an effective date, as known at a recording date. */
export interface CreditFileOptions {
  /** Fold only entries effective on or before this date (by day) or instant. */
  readonly asOf?: string
  /** Hide entries recorded after this instant, or after the end of this day in China time. */
  readonly knownAt?: string
  /** The entry types to read with: a ledger's `entryTypes`, needed when it has host types. */
  readonly entryTypes?: EntryCatalogue
}

/** The bounds of a bitemporal read, parsed once for the whole fold. */
export interface ReadWindow {
  readonly knownBefore: number
  readonly asOfDay: string | null
  readonly asOfInstant: number
}

const CST_MIDNIGHT = 'T00:00:00+08:00'

/** The bounds for `asOf` and `knownAt`; throws `INVALID_INPUT` for a malformed one. */
export function readWindow(asOf: string | null, knownAt: string | null): ReadWindow {
  check('asOf', asOf)
  check('knownAt', knownAt)
  return {
    knownBefore: knownAt === null ? Number.POSITIVE_INFINITY : instantBound(knownAt),
    asOfDay: asOf !== null && asOf.length === 10 ? asOf : null,
    asOfInstant: asOf === null ? Number.POSITIVE_INFINITY : instantBound(asOf),
  }
}

/**
 * Whether a read sees the entry: recorded by `knownAt`, and effective by `asOf`. A bare
 * effective date counts from the start of that day in China time when `asOf` is an instant.
 */
export function shows(window: ReadWindow, entry: Entry): boolean {
  if (window.knownBefore !== Number.POSITIVE_INFINITY) {
    if (Date.parse(entry.recordedAt) > window.knownBefore) return false
  }
  if (window.asOfInstant === Number.POSITIVE_INFINITY || amendsTheRecord(entry.type)) return true
  if (window.asOfDay !== null) return effectiveDay(entry.effectiveAt) <= window.asOfDay
  const effective = entry.effectiveAt
  const at = Date.parse(effective.length === 10 ? effective + CST_MIDNIGHT : effective)
  return at <= window.asOfInstant
}

function check(name: string, value: string | null): void {
  if (value === null || isIsoDate(value) || isIsoInstant(value)) return
  const message = `${name} must be a date as YYYY-MM-DD or an instant with an offset, not '${value}'`
  throw new LedgerError('INVALID_INPUT', message, [
    { code: 'invalid_format', path: [name], message },
  ])
}
