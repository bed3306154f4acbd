import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file/creditFileOf'
import { at, history } from '../history'

const registered = at('2018-03-01', 'OrganizationRegistered')
const opened = at('2024-04-01', 'InvestigationOpened', { ref: '浦民立〔2024〕7号' })

describe('the investigations section', () => {
  it('keeps an open investigation with no closing', () => {
    const file = creditFileOf(history(registered, opened))
    expect(file.investigations).toEqual([
      {
        seq: 1,
        on: '2024-04-01',
        ref: '浦民立〔2024〕7号',
        department: '上海市浦东新区民政局',
        matter: '涉嫌违反章程规定收取会费',
        closedOn: null,
        closingSeq: null,
        outcome: null,
      },
    ])
  })

  it('closes the investigation amends names, once', () => {
    const file = creditFileOf(
      history(
        registered,
        opened,
        at('2024-07-01', 'InvestigationClosed', { amends: 1 }),
        at('2024-08-01', 'InvestigationClosed', { amends: 1, data: { outcome: 'penalised' } }),
      ),
    )
    expect(file.investigations[0]).toMatchObject({
      closedOn: '2024-07-01',
      closingSeq: 2,
      outcome: 'no_violation',
    })
  })
})
