import { expectObject } from '../_internal/arguments'
import type { CreditFile } from '../credit-file'
import { compiledOf } from './compile/compiledOf'
import { run } from './compile/run'
import { checkDate } from './evaluate'
import type { Policy } from './policy'
import { sameSubstance } from './sameDecisions'

/** Where to look for the next change. */
export interface NextChangeOptions {
  /** The day to look from. */
  readonly from: string
  /** How many candidate days to check before answering with the last one; 256 by default. */
  readonly candidates?: number
}

/**
 * The earliest day after `from` on which the policy's decisions about the file would differ
 * (see `sameDecisions`) if nothing new were recorded: a listing reaching its full period, a
 * grade's validity running out, a report or an obligation falling due, a window dropping a
 * penalty, a rule version taking or losing effect. `null` when nothing ever changes. Each node
 * of each condition names the days its answer may change; the candidates are checked in order.
 *
 * @example nextChange(policy, file, { from: '2023-01-01' }) // '2023-06-02': two full years on the list
 */
export function nextChange(
  policy: Policy,
  file: CreditFile,
  options: NextChangeOptions,
): string | null {
  expectObject(options, 'options')
  const compiled = compiledOf(policy)
  const from = checkDate(file, options.from, 'from')
  const base = run(compiled, file, from)
  let candidate = base.next
  for (let checked = 0; candidate !== null && checked < (options.candidates ?? 256); checked++) {
    const there = run(compiled, file, candidate)
    if (!sameSubstance(base.decisions, there.decisions)) return candidate
    candidate = there.next
  }
  return candidate
}
