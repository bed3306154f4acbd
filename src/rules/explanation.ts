import type { ConditionKind } from './condition'
import type { LocalText } from './localText'

/**
 * Why a rule decided what it did: the condition tree with the value each node took on the date,
 * the entries it read, and a phrase in both languages. Children are the nodes evaluated: `all`
 * stops at the first that fails, `any` at the first that holds.
 */
export interface Explanation {
  readonly node: ConditionKind
  readonly value: boolean
  readonly seqs: readonly number[]
  readonly text: LocalText
  readonly children?: readonly Explanation[]
}
