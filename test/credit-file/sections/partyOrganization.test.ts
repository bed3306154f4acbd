import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file/creditFileOf'
import { at, history } from '../history'

const registered = at('2018-03-01', 'OrganizationRegistered')
const status = (on: string, value: 'established' | 'not_required' | 'missing') =>
  at(on, 'PartyOrganizationStatusRecorded', { data: { status: value } })

describe('the partyOrganization section', () => {
  it('keeps each finding in date order, each replaced by the next', () => {
    const file = creditFileOf(
      history(registered, status('2023-01-05', 'missing'), status('2023-09-01', 'established')),
    )
    expect(file.partyOrganization).toMatchObject([
      { seq: 1, on: '2023-01-05', status: 'missing', replacedOn: '2023-09-01', replacedBy: 2 },
      { seq: 2, on: '2023-09-01', status: 'established', replacedOn: null, replacedBy: null },
    ])
  })

  it('puts a back-dated finding before the later one it precedes', () => {
    const file = creditFileOf(
      history(registered, status('2023-09-01', 'established'), status('2023-01-05', 'missing')),
    )
    expect(file.partyOrganization.map((f) => [f.seq, f.replacedBy])).toEqual([
      [2, 1],
      [1, null],
    ])
  })

  it('shows only the findings effective by asOf', () => {
    const entries = history(
      registered,
      status('2023-01-05', 'missing'),
      status('2023-09-01', 'not_required'),
    )
    const file = creditFileOf(entries, { asOf: '2023-06-30' })
    expect(file.partyOrganization).toMatchObject([{ status: 'missing', replacedOn: null }])
  })
})
