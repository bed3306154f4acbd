import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { compare } from '../../src/rules/compare'
import { rule } from '../../src/rules/rule'
import { at, history } from '../credit-file/history'
import { examplePolicy } from './fixtures'
import { nationalRules, SL01 } from './nationalRules'

describe('compare', () => {
  const entries = history(
    at('2019-03-01', 'OrganizationRegistered'),
    at('2021-06-01', 'ListedOnAbnormalList'),
  )
  const file = creditFileOf(entries, { asOf: '2023-06-01' })
  const civil = examplePolicy()
  const calendar = examplePolicy(
    nationalRules.map((r) => (r.id === 'SL-01' ? rule({ ...SL01, convention: 'calendar' }) : r)),
  )

  it('finds nothing between a policy and itself', () => {
    expect(compare(civil, civil, file, { at: '2023-06-01' })).toEqual({
      same: true,
      differences: [],
    })
  })

  it('shows, outcome by outcome, what a change of convention decides on the anniversary', () => {
    const { same, differences } = compare(civil, calendar, file, { at: '2023-06-01' })
    expect(same).toBe(false)
    expect(differences.map((d) => [d.outcome, d.a.length, d.b.length])).toEqual([
      ['proposal:ListedOnSeriousList', 0, 1],
      ['proposal:RemovedFromAbnormalList:1', 0, 1],
    ])
  })

  it('tells the same proposals apart by the day they take effect', () => {
    const later = creditFileOf(entries, { asOf: '2023-06-02' })
    const [listing] = compare(civil, calendar, later, { at: '2023-06-02' }).differences
    const day = (d: (typeof listing & object)['a'][number] | undefined) =>
      d?.kind === 'proposal' && d.entry.effectiveAt
    expect([day(listing?.a[0]), day(listing?.b[0])]).toEqual(['2023-06-02', '2023-06-01'])
  })

  it('matches outcomes, not rules: the same entry from two packs is no difference', () => {
    const renamed = examplePolicy(
      nationalRules.map((r) => (r.id === 'SL-01' ? rule({ ...SL01, id: 'SL-01-2026' }) : r)),
    )
    const later = creditFileOf(entries, { asOf: '2023-06-02' })
    expect(compare(civil, renamed, later, { at: '2023-06-02' }).same).toBe(true)
  })
})
