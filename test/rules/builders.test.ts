import { describe, expect, it } from 'vitest'
import { effects } from '../../src/rules/effects'
import { when } from '../../src/rules/when'
import { entries, where } from '../../src/rules/where'

describe('when, then, where, entries', () => {
  it('build the plain JSON of the rule language', () => {
    expect(when.all(when.active(), when.listedFor('abnormal', { years: 2 }))).toEqual({
      kind: 'all',
      of: [
        { kind: 'status', is: ['active'] },
        { kind: 'listedFor', list: 'abnormal', period: { years: 2 } },
      ],
    })
    expect(
      when.count(
        entries.penalties({
          standing: true,
          where: where.sanction('fine', where.gte('amount', 50000)),
        }),
        { atLeast: 1 },
      ),
    ).toEqual({
      kind: 'count',
      entries: {
        of: 'penalties',
        standing: true,
        where: {
          field: 'sanctions',
          some: {
            all: [
              { field: 'kind', op: 'eq', value: 'fine' },
              { field: 'amount', op: 'gte', value: 50000 },
            ],
          },
        },
      },
      atLeast: 1,
    })
  })

  it('escalate lists on the serious list and ends the abnormal stay', () => {
    expect(effects.escalate({ mode: 'automatic' })).toEqual([
      { kind: 'list', list: 'serious', reason: 'abnormal_two_years', mode: 'automatic' },
      { kind: 'remove', list: 'abnormal', reason: 'escalated', mode: 'automatic' },
    ])
  })

  it('obligations count from a fact of the condition', () => {
    expect(effects.oblige('rectify', 'organization', { due: { from: 'deadline' } })).toEqual({
      kind: 'obligation',
      duty: 'rectify',
      who: 'organization',
      due: { from: 'deadline' },
    })
  })
})
