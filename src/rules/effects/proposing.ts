import type { CreditFile } from '../../credit-file'
import { type EntryType, entryTypes } from '../../events'
import { closureAt } from '../compile/closureAt'
import { Boundaries, unionSeqs } from '../compile/dates'
import type { DecisionBase, ProposalDecision, ProposedEntry } from '../decision'
import type { EffectDecisions, EffectInput } from './effectModule'
import type { Mode, Provision } from './effectParts'

/** What an effect that proposes entries works with, and how it proposes one. */
export interface Proposing {
  readonly file: CreditFile
  readonly at: string
  /** The day its entries take effect unless it says otherwise. */
  readonly effectiveAt: string
  /** The department its entries name: the effect's, else the file's registrar. */
  readonly department: string
  readonly base: DecisionBase
  /** Where to note the days on which a proposal held back may return. */
  readonly bounds: Boundaries
  /** Proposes an entry, unless the stream's status would make the ledger refuse it. */
  readonly propose: (
    type: EntryType,
    data: Record<string, unknown>,
    mode: Mode,
    amends?: number,
    on?: string,
  ) => void
}

/**
 * The proposals of one effect: none when there is nothing to act on (no grade to lower, no
 * open listing to end), when the stream's status would make the ledger refuse the entry, or
 * when its effect is already recorded (a listing in force for the same reason and the same
 * entries, a grade action on the same ground since).
 */
export function proposing(
  effect: { readonly by?: string | undefined; readonly department?: string | undefined },
  input: EffectInput,
  build: (proposing: Proposing) => void,
): EffectDecisions {
  const { rule, context, start: effectiveAt, base } = input
  const file = context.file
  const bounds = new Boundaries(context.at)
  const department = effect.department ?? file.identity.registrar ?? 'registrar'
  const status = closureAt(file, context.at).closure?.status ?? 'active'
  const made: ProposalDecision[] = []
  const propose: Proposing['propose'] = (type, data, mode, amends, on = effectiveAt) => {
    if (status !== 'active' && !entryTypes[type].allowedWhen.includes(status)) return
    const inputs = amends === undefined ? base.inputs : unionSeqs([base.inputs, [amends]])
    const cause = { inputs: inputs as number[], policy: base.policy, rule: rule.rule.id }
    const by = effect.by ?? `rule:${rule.rule.id}`
    const entry: ProposedEntry =
      amends === undefined
        ? { by, cause, data, effectiveAt: on, org: file.org, type }
        : { amends, by, cause, data, effectiveAt: on, org: file.org, type }
    made.push({
      kind: 'proposal',
      // The base's keys in its order; `inputs` keeps its place, holding this proposal's own.
      ...base,
      inputs,
      mode,
      entry,
    })
  }
  build({ file, at: context.at, effectiveAt, department, base, bounds, propose })
  return { decisions: made, next: bounds.change }
}

/** The provision an entry rests on, as its data holds it. */
export function basisOf(provision: Provision | undefined): { basis?: Provision } {
  return provision === undefined ? {} : { basis: { ...provision } }
}
