import type { Decision } from '../decision'
import type { EffectKind, EffectOf } from '../effect'
import { effectKinds } from '../effects/effectKinds'
import type { EffectDecisions, EffectInput } from '../effects/effectModule'
import type { CompiledPolicy, CompiledRule } from './compilePolicy'
import { earlier } from './dates'
import { explain, findFact } from './explain'
import type { Context, Outcome } from './outcome'

const KIND_ORDER = { entitlement: 0, obligation: 1, proposal: 2 } as const

/** The decisions of a rule whose condition holds, and the day after the date when they may change. */
export function decide(
  rule: CompiledRule,
  found: Outcome,
  context: Context,
  policy: CompiledPolicy,
): { readonly decisions: Decision[]; readonly next: string | null } {
  const r = rule.rule
  const input = effectInput(rule, found, context, policy)
  const made: { decision: Decision; order: number }[] = []
  let next: string | null = null
  for (let index = 0; index < r.then.length; index++) {
    const effect = r.then[index] as (typeof r.then)[number]
    const order = index * 1_000_000
    const decided = decideKind(effect.kind, effect, input)
    for (const decision of decided.decisions) {
      // A removal per stay: in the order of the listings they end.
      const amends = decision.kind === 'proposal' ? (decision.entry.amends ?? 0) : 0
      made.push({ decision, order: order + amends })
    }
    next = earlier(next, decided.next)
  }
  if (made.length > 1) {
    made.sort(
      (a, b) => KIND_ORDER[a.decision.kind] - KIND_ORDER[b.decision.kind] || a.order - b.order,
    )
  }
  return { decisions: made.map((m) => m.decision), next }
}

/** What every effect of a rule whose condition holds is decided from. */
export function effectInput(
  rule: CompiledRule,
  found: Outcome,
  context: Context,
  policy: CompiledPolicy,
): EffectInput {
  const { file, at } = context
  const r = rule.rule
  const start = clamp(found.since ?? file.registration.opened?.on ?? at, rule.from, at)
  return {
    rule,
    found,
    context,
    policy,
    base: {
      rule: r.id,
      title: r.title,
      source: r.source,
      policy: policy.hash,
      org: file.org,
      at,
      since: found.since,
      inputs: found.seqs,
      because: explain(found),
    },
    start,
    anchor: (name) => (name === 'since' ? start : name === 'at' ? at : findFact(found, name)),
  }
}

// `kind` beside `effect` lets the module of that kind take the effect as its own.
function decideKind<K extends EffectKind>(
  kind: K,
  effect: EffectOf<K>,
  input: EffectInput,
): EffectDecisions {
  return effectKinds[kind].decide(effect, input)
}

function clamp(day: string, from: string, at: string): string {
  return day < from ? from : day > at ? at : day
}
