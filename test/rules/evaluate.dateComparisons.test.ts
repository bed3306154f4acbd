import { describe, expect, it } from 'vitest'
import { effects, entries, rule, when, where } from '../../src/rules'
import type { EntitlementDecision } from '../../src/rules/decision'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { examplePolicy } from './fixtures'

const SOURCE = { instrument: '测试规则', confidence: 'R' } as const
const registered = at('2015-03-01', 'OrganizationRegistered')
// Recorded as in effect from 2021-11-01 while its decision day is 2022-01-10, so that both a
// day before and a day after the decision day can see it.
const warning = at('2021-11-01', 'PenaltyImposed', {
  data: { sanctions: [{ kind: 'warning' }], decidedOn: '2022-01-10' },
})

/** A policy of one rule granting funding while some penalty's decision day compares so with the date. */
function comparing(op: 'lte' | 'gte') {
  const test = op === 'lte' ? where.lte('decidedOn', where.at) : where.gte('decidedOn', where.at)
  return examplePolicy([
    rule({
      id: `X-${op}`,
      title: { zh: op, en: op },
      source: SOURCE,
      effective: { from: '2015-01-01' },
      when: when.count(entries.penalties({ where: test })),
      then: [effects.grant('funding')],
    }),
  ])
}

const grant = (day: string, op: 'lte' | 'gte') =>
  decisionsAt(history(registered, warning), day, undefined, comparing(op))[0] as
    | EntitlementDecision
    | undefined

describe('a field compared with the date of evaluation', () => {
  it('holds from the day itself under lte, and says so', () => {
    expect(grant('2022-01-09', 'lte')).toBeUndefined()
    expect(grant('2022-01-10', 'lte')).toMatchObject({ since: '2022-01-10', from: '2022-01-10' })
    expect(grant('2022-03-01', 'lte')).toMatchObject({ since: '2022-01-10', from: '2022-01-10' })
  })

  it('holds up to and including the day itself under gte, ending on it', () => {
    expect(grant('2021-12-01', 'gte')).toMatchObject({ until: '2022-01-10' })
    expect(grant('2022-01-10', 'gte')).toMatchObject({ until: '2022-01-10' })
    expect(grant('2022-01-11', 'gte')).toBeUndefined()
  })
})
