import { LedgerError, type PlainIssueCode } from '../../errors'

/** A misuse error naming the argument (and field) at fault, as `LedgerError('INVALID_INPUT')`. */
export function invalidInput(
  path: readonly (string | number)[],
  code: PlainIssueCode,
  message: string,
): LedgerError {
  return new LedgerError('INVALID_INPUT', `${path.join('.')}: ${message}`, [
    { code, path: [...path], message },
  ])
}
