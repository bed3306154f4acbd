import { expectObject } from '../_internal/arguments'
import type { CreditFile } from '../credit-file'
import { compiledOf } from './compile/compiledOf'
import { runHistory } from './compile/runHistory'
import type { ObligationDecision } from './decision'
import { checkDate, type EvaluateOptions } from './evaluate'
import type { Policy } from './policy'

/**
 * Every instance of the recurring duties a policy sets on a date, done ones included (each
 * year's annual report and audit, each campaign's reports, each objection's answer): the
 * obligation decisions `evaluate` makes of them, before it keeps only those not done and the
 * latest. For a history of duties; `evaluate` answers what is owed now.
 *
 * @example
 * dutyHistory(cnPolicy, file, { at: '2025-06-01' }).filter((duty) => duty.state === 'overdue')
 */
export function dutyHistory(
  policy: Policy,
  file: CreditFile,
  options: EvaluateOptions,
): readonly ObligationDecision[] {
  expectObject(options, 'options')
  return runHistory(compiledOf(policy), file, checkDate(file, options.at))
}
