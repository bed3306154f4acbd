import { checkArgument } from '../_internal/arguments'
import { canonicalJson } from '../events'
import type { Decision } from './decision'
import { decisionsSchema } from './decisionSchema'

/**
 * What a decision decides, leaving out the date it was made on and the words of its
 * explanation: two decisions with the same substance act the same way. A duty's instance, with
 * the day it was met, is part of it.
 */
export function decisionSubstance(decision: Decision): string {
  const { at: _at, because: _because, ...rest } = decision
  return canonicalJson(rest)
}

/** Whether two lists of decisions decide the same, in the same order, whatever dates they were made on. */
export function sameDecisions(a: readonly Decision[], b: readonly Decision[]): boolean {
  checkArgument(decisionsSchema, a, 'a')
  checkArgument(decisionsSchema, b, 'b')
  return sameSubstance(a, b)
}

/** `sameDecisions` without the checks, for lists the library made itself. */
export function sameSubstance(a: readonly Decision[], b: readonly Decision[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    if (decisionSubstance(a[i] as Decision) !== decisionSubstance(b[i] as Decision)) return false
  }
  return true
}
