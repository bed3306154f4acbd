import { quoted } from '../_internal/arguments'
import { LedgerError } from '../errors'
import { isIsoDate } from '../time'

/** Throws `INVALID_INPUT` naming `name` unless `value` is a real calendar date, `YYYY-MM-DD`. */
export function expectDay(value: unknown, name: string): asserts value is string {
  if (typeof value === 'string' && isIsoDate(value)) return
  const message = `${name} must be a calendar date as YYYY-MM-DD, not ${quoted(value)}`
  throw new LedgerError('INVALID_INPUT', message, [{ code: 'invalid_date', path: [name], message }])
}
