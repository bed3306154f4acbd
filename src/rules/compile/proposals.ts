import { coolOffUntil, evaluationMeasuresOn } from '../../evaluation'
import { type EntryType, entryTypes, grades, type Provision } from '../../events'
import { dayOf, periodEnd } from '../../time'
import type { DecisionBase, ProposalDecision, ProposedEntry } from '../decision'
import type { Effect, Mode } from '../effect'
import { closureAt } from './closureAt'
import type { CompiledRule } from './compilePolicy'
import { Boundaries, unionSeqs } from './dates'
import { gradeAt } from './gradeAt'
import type { Context } from './outcome'
import { gradeActionRecorded, listingRecorded } from './recorded'
import { sectionReaders } from './sections'

/** The effects that propose entries. */
export type ProposalEffect = Exclude<Effect, { kind: 'grant' | 'bar' | 'obligation' }>

/**
 * What a proposal is made from: the rule, the date, the decision so far, the day it takes
 * effect, and where to note the days on which a proposal held back may return.
 */
export interface ProposalInput {
  readonly rule: CompiledRule
  readonly context: Context
  readonly base: DecisionBase
  readonly effectiveAt: string
  readonly bounds: Boundaries
}

/**
 * The entries one effect proposes: none when there is nothing to act on (no grade to lower, no
 * open listing to end), when the stream's status would make the ledger refuse the entry, or
 * when its effect is already recorded (a listing in force for the same reason and the same
 * entries, a grade action on the same ground since).
 */
export function proposals(effect: ProposalEffect, input: ProposalInput): ProposalDecision[] {
  const { rule, context, effectiveAt, base, bounds } = input
  const file = context.file
  const department =
    ('department' in effect ? effect.department : undefined) ??
    file.identity.registrar ??
    'registrar'
  const status = closureAt(file, context.at).closure?.status ?? 'active'
  const made: ProposalDecision[] = []
  const make = (
    type: EntryType,
    data: Record<string, unknown>,
    mode: Mode,
    amends?: number,
    on: string = effectiveAt,
  ) => {
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
  const facts = () => `${rule.rule.title.zh}（规则${rule.rule.id}）`
  switch (effect.kind) {
    case 'list': {
      const type = effect.list === 'abnormal' ? 'ListedOnAbnormalList' : 'ListedOnSeriousList'
      const seqs = base.inputs
      if (listingRecorded(file, context.at, effect.list, effect.reason, seqs, bounds)) break
      // Held back while a listing recorded it, it takes effect once that listing ended.
      const on = bounds.since !== null && bounds.since > effectiveAt ? bounds.since : effectiveAt
      const basedOn =
        seqs.length === 0 ? {} : { basedOn: seqs.length > 1000 ? seqs.slice(0, 1000) : seqs }
      make(
        type,
        { reason: effect.reason, department, ...basis(effect.basis), ...basedOn },
        effect.mode,
        undefined,
        on,
      )
      break
    }
    case 'remove': {
      const section = sectionReaders[effect.list === 'abnormal' ? 'abnormalList' : 'seriousList']
      const type = effect.list === 'abnormal' ? 'RemovedFromAbnormalList' : 'RemovedFromSeriousList'
      const listed = effect.listed as readonly string[] | undefined
      for (const stay of section.items(file)) {
        const removedOn = stay.removedOn as string | null
        if (
          (stay.listedOn as string) > context.at ||
          (removedOn !== null && removedOn <= context.at)
        )
          continue
        if (listed !== undefined && !listed.includes(stay.reason as string)) continue
        make(type, { reason: effect.reason, department }, effect.mode, stay.listingSeq as number)
      }
      break
    }
    case 'downgrade':
    case 'cancelGrade': {
      const held = gradeAt(file, context.at, new Boundaries(context.at))
      if (held === null) break
      if (gradeActionRecorded(file, context.at, held.seq, effect.ground, base.inputs, bounds)) break
      // Under the measures in force the cool-off is EV-18's, from the action's day to the day
      // before its anniversary, as the ledger checks it; the effect's own period counts only
      // before them.
      const action = effect.kind === 'cancelGrade' ? 'cancelled' : 'downgraded'
      const day = dayOf(effectiveAt)
      const coolOff =
        effect.coolOff === undefined
          ? {}
          : {
              coolOffUntil:
                evaluationMeasuresOn(day) === null
                  ? periodEnd(effectiveAt, effect.coolOff, 'calendar')
                  : coolOffUntil(action, day),
            }
      if (effect.kind === 'cancelGrade') {
        make('GradeCancelled', { ground: effect.ground, department, ...coolOff }, effect.mode)
        break
      }
      const rank = grades.indexOf(held.grade)
      const to = effect.to ?? grades[rank - 1]
      if (to === undefined || grades.indexOf(to) >= rank) break
      make(
        'GradeDowngraded',
        { from: held.grade, to, ground: effect.ground, department, ...coolOff },
        effect.mode,
      )
      break
    }
    case 'recommend':
      if (effect.action === 'revocation') {
        const data = {
          kind: effect.revocation,
          ground: effect.ground,
          facts: facts(),
          department,
          decidedOn: effectiveAt,
        }
        make('RegistrationRevoked', { ...data, ...basis(effect.basis) }, 'needs_decision')
      } else if (effect.action === 'deregistration') {
        make('Deregistered', { reason: effect.reason, department }, 'needs_decision')
      } else
        make(
          'Banned',
          { facts: facts(), department, decidedOn: effectiveAt, ...basis(effect.basis) },
          'needs_decision',
        )
      break
    case 'propose':
      make(effect.type, effect.data as Record<string, unknown>, effect.mode)
      break
  }
  return made
}

function basis(provision: Provision | undefined) {
  return provision === undefined ? {} : { basis: { ...provision } }
}
