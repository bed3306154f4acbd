import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import type { EntryData } from '../../src/events'
import { nextChange } from '../../src/rules/nextChange'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { examplePolicy } from './fixtures'

const registered = at('2015-03-01', 'OrganizationRegistered')
type Sanctions = EntryData<'PenaltyImposed'>['sanctions']
const penalty = (on: string, sanctions: Sanctions) =>
  at(on, 'PenaltyImposed', { data: { sanctions, decidedOn: on } })
const warning = (on: string) => penalty(on, [{ kind: 'warning' }])
const fine = (on: string, amount: number) => penalty(on, [{ kind: 'fine', amount }])

describe('evaluate: two or more warnings or small fines within 3 years (SL-05)', () => {
  it('proposes the serious list for decision once the second arrives, resting on both', () => {
    const entries = history(registered, warning('2022-01-10'), fine('2023-02-10', 20000))
    expect(decisionsAt(entries, '2023-02-09', 'SL-05')).toEqual([])
    expect(decisionsAt(entries, '2023-02-10', 'SL-05')).toMatchObject([
      {
        mode: 'needs_decision',
        inputs: [1, 2],
        entry: {
          type: 'ListedOnSeriousList',
          effectiveAt: '2023-02-10',
          data: { reason: 'repeated_minor_penalties', basedOn: [1, 2] },
        },
      },
    ])
  })

  it('counts a fine of 50,000 yuan or more as no small fine', () => {
    const entries = history(registered, warning('2022-01-10'), fine('2023-02-10', 50000))
    expect(decisionsAt(entries, '2023-03-01', 'SL-05')).toEqual([])
  })

  it('leaves out a penalty revoked on reconsideration, from the day it was revoked', () => {
    const entries = history(
      registered,
      warning('2022-01-10'),
      warning('2023-02-10'),
      at('2023-04-01', 'PenaltyRevoked', { amends: 1 }),
    )
    expect(decisionsAt(entries, '2023-03-31', 'SL-05')).toHaveLength(1)
    expect(decisionsAt(entries, '2023-04-01', 'SL-05')).toEqual([])
  })

  it('drops a penalty from the window when 3 full years have run, and says when', () => {
    const entries = history(registered, warning('2019-01-10'), warning('2022-01-10'))
    expect(decisionsAt(entries, '2022-01-10', 'SL-05')).toHaveLength(1)
    expect(decisionsAt(entries, '2022-01-11', 'SL-05')).toEqual([])
    const file = creditFileOf(entries, { asOf: '2022-01-10' })
    expect(nextChange(examplePolicy(), file, { from: '2022-01-10' })).toBe('2022-01-11')
  })

  it('does not list twice on the same penalties, but does on a new one (SL-08)', () => {
    const listed = history(
      registered,
      warning('2022-01-10'),
      warning('2023-02-10'),
      at('2023-03-01', 'ListedOnSeriousList', {
        data: { reason: 'repeated_minor_penalties', basedOn: [1, 2] },
      }),
    )
    expect(decisionsAt(listed, '2023-03-01', 'SL-05')).toEqual([])
    const again = history(
      ...[
        registered,
        warning('2022-01-10'),
        warning('2023-02-10'),
        at('2023-03-01', 'ListedOnSeriousList', {
          data: { reason: 'repeated_minor_penalties', basedOn: [1, 2] },
        }),
        warning('2023-09-01'),
      ],
    )
    expect(decisionsAt(again, '2023-09-01', 'SL-05')).toMatchObject([{ inputs: [1, 2, 4] }])
  })
})
