import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file/creditFileOf'
import { at, history } from '../history'

const registered = at('2018-03-01', 'OrganizationRegistered')
const penalty = at('2024-03-01', 'PenaltyImposed')
const order = at('2024-03-02', 'RectificationOrdered')
const certify = (on: string, amends: number) => at(on, 'NotResponsibleCertified', { amends })

describe('the notResponsible section', () => {
  it('keeps the certificate and marks the penalty it concerns', () => {
    const file = creditFileOf(history(registered, penalty, certify('2024-03-10', 1)))
    expect(file.notResponsible).toEqual([
      {
        seq: 2,
        on: '2024-03-10',
        ref: null,
        concerns: 1,
        certifiedBy: 'supervising_unit',
        department: '上海市浦东新区科学技术协会',
      },
    ])
    expect(file.penalties[0]).toMatchObject({
      notResponsibleOn: '2024-03-10',
      notResponsibleSeq: 2,
    })
  })

  it('marks a rectification order, with the earliest of two certificates', () => {
    const file = creditFileOf(
      history(registered, order, certify('2024-05-01', 1), certify('2024-04-01', 1)),
    )
    expect(file.rectifications[0]).toMatchObject({
      notResponsibleOn: '2024-04-01',
      notResponsibleSeq: 3,
    })
  })

  it('marks the penalty when the certificate is back-dated before it took effect', () => {
    const entries = history(
      registered,
      at('2024-03-10', 'PenaltyImposed'),
      certify('2024-03-05', 1),
    )
    expect(creditFileOf(entries).penalties[0]).toMatchObject({ notResponsibleOn: '2024-03-05' })
  })

  it('leaves the penalty unmarked once the certificate is retracted', () => {
    const entries = history(
      registered,
      penalty,
      certify('2024-03-10', 1),
      at('2024-03-20', 'EntryRetracted', { amends: 2, data: { reason: '证明出具单位撤回' } }),
    )
    const file = creditFileOf(entries)
    expect(file.notResponsible).toEqual([])
    expect(file.penalties[0]).toMatchObject({ notResponsibleOn: null, notResponsibleSeq: null })
  })
})
