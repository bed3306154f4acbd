import { checkArgument, expectObject, quoted } from '../_internal/arguments'
import { type CreditFile, creditFileSchema } from '../credit-file'
import { LedgerError } from '../errors'
import { dayOf, isIsoDate } from '../time'
import { compiledOf } from './compile/compiledOf'
import { run } from './compile/run'
import type { Decision } from './decision'
import type { Policy } from './policy'

/** The date to evaluate a policy at. */
export interface EvaluateOptions {
  /** A calendar day, `YYYY-MM-DD`. */
  readonly at: string
}

/**
 * What a policy decides about one organization on a date: for every rule in force that
 * applies and whose condition holds, its proposals, entitlements and obligations, each naming
 * the rule, the policy hash, the entries it rests on and why. Sorted by rule id, then kind;
 * the same file, date and policy give the same decisions, byte for byte. Of a recurring duty
 * (each year's annual report, a campaign's reports), the instances not done and the latest are
 * kept; `dutyHistory` gives them all. Read the file as of
 * `at` or earlier (`ledger.creditFile(org, { asOf: at })`): conditions count time up to `at`.
 *
 * @example
 * for (const decision of evaluate(policy, file, { at: '2024-06-02' })) console.log(render(decision, 'en'))
 */
export function evaluate(
  policy: Policy,
  file: CreditFile,
  options: EvaluateOptions,
): readonly Decision[] {
  expectObject(options, 'options')
  return run(compiledOf(policy), file, checkDate(file, options.at)).decisions
}

/** The date, checked: a calendar day not before the day the file was read as of. */
export function checkDate(file: CreditFile, at: unknown, name = 'at'): string {
  checkArgument(creditFileSchema, file, 'file')
  checkDay(at, name)
  if (file.asOf !== null && dayOf(file.asOf) > at) {
    const message = `the file was read as of ${file.asOf}, after ${at}: read it as of ${at} to evaluate then`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'file_after_date', path: [name], message },
    ])
  }
  return at
}

let lastDay: string | undefined

/** A calendar day, checked; throws `INVALID_INPUT` naming the option otherwise. */
export function checkDay(at: unknown, name: string): asserts at is string {
  // A sweep evaluates many files at one date: check each date once.
  if (typeof at === 'string' && at === lastDay) return
  if (typeof at === 'string' && isIsoDate(at)) {
    lastDay = at
    return
  }
  const message = `${name} must be a calendar day as YYYY-MM-DD, not ${quoted(at)}`
  throw new LedgerError('INVALID_INPUT', message, [{ code: 'invalid_date', path: [name], message }])
}
