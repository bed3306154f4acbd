import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { type Entry, entryTypes } from '../../src/events'
import type { Decision } from '../../src/rules/decision'
import { evaluate } from '../../src/rules/evaluate'
import { addDaysIso } from '../../src/time'
import { entryHistory } from '../credit-file/arbitraries'
import { everyKindRules } from './everyKind'
import { examplePolicy } from './fixtures'

const policy = examplePolicy(everyKindRules)
const day = fc.integer({ min: 0, max: 365 * 14 }).map((n) => addDaysIso('2015-06-01', n))
const ACTS = new Set([
  'ListedOnAbnormalList',
  'ListedOnSeriousList',
  'GradeDowngraded',
  'GradeCancelled',
])

type Proposal = Extract<Decision, { kind: 'proposal' }>

/** The proposal as the ledger would record it, after the entries given. */
function recorded(proposal: Proposal, after: readonly Entry[], at: string): Entry {
  const last = after[after.length - 1] as Entry
  const { entry } = proposal
  return {
    ...(entry.amends === undefined ? {} : { amends: entry.amends }),
    by: entry.by,
    cause: entry.cause,
    data: entry.data,
    effectiveAt: entry.effectiveAt,
    org: entry.org,
    recordedAt: `${at}T23:00:00+08:00`,
    schema: entryTypes[entry.type].schema,
    seq: last.seq + 1,
    type: entry.type,
    version: last.version + 1,
  } as Entry
}

const sameAct = (a: Proposal, b: Proposal) =>
  a.rule === b.rule &&
  a.entry.type === b.entry.type &&
  JSON.stringify(a.entry.data.reason ?? a.entry.data.ground) ===
    JSON.stringify(b.entry.data.reason ?? b.entry.data.ground)

describe('evaluate', () => {
  it('does not propose a listing or grade action again once the one it proposed is recorded', () => {
    let acted = 0
    fc.assert(
      fc.property(entryHistory(30), day, (entries, at) => {
        const before = evaluate(policy, creditFileOf(entries, { asOf: at }), { at })
        for (const decision of before) {
          if (decision.kind !== 'proposal' || !ACTS.has(decision.entry.type)) continue
          acted++
          const after = [...entries, recorded(decision, entries, at)]
          const again = evaluate(policy, creditFileOf(after, { asOf: at }), { at })
          const repeated = again.filter(
            (d): d is Proposal => d.kind === 'proposal' && sameAct(d, decision),
          )
          expect(repeated).toEqual([])
        }
      }),
      { numRuns: 200 },
    )
    expect(acted).toBeGreaterThan(0)
  })
})
