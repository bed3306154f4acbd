import type { CreditFile } from '../../credit-file'
import type { ObligationDecision } from '../decision'
import type { EffectOf } from '../effect'
import { dutyKinds, isDutyKind } from '../effects/dutyKinds'
import type { DutyKind, EffectInput } from '../effects/effectModule'
import type { CompiledPolicy } from './compilePolicy'
import { yearOf } from './dates'
import { effectInput } from './decide'
import type { Context } from './outcome'
import { readerOf } from './sections'

/**
 * Every instance of every recurring duty the policy sets on `at`, done ones included: the
 * duties of the rules in force that apply to the file's kind and whose condition holds, as
 * `run` finds them, each instance the obligation decision `evaluate` makes of it.
 */
export function runHistory(
  policy: CompiledPolicy,
  file: CreditFile,
  at: string,
): ObligationDecision[] {
  const context: Context = { file, at, year: yearOf(at), kind: file.identity.kind }
  const out: ObligationDecision[] = []
  for (const rule of policy.rules) {
    if (!rule.rule.then.some((effect) => isDutyKind(effect.kind))) continue
    if (rule.from > at || (rule.to !== null && rule.to <= at)) continue
    if (rule.kinds !== null && (context.kind === null || !rule.kinds.has(context.kind))) continue
    if (rule.requires.some((section) => readerOf(section).items(file).length === 0)) continue
    const found = rule.node.evaluate(context)
    if (!found.value) continue
    const input = effectInput(rule, found, context, policy)
    for (const effect of rule.rule.then) {
      if (!isDutyKind(effect.kind)) continue
      const made = historyOf(effect.kind, effect as EffectOf<DutyKind>, input)
      for (const decision of made) out.push(decision)
    }
  }
  return out
}

// `kind` beside `effect` lets the module of that kind take the effect as its own.
function historyOf<K extends DutyKind>(
  kind: K,
  effect: EffectOf<K>,
  input: EffectInput,
): readonly ObligationDecision[] {
  return dutyKinds[kind].history(effect, input).decisions
}
