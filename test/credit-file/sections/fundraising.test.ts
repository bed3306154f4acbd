import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file/creditFileOf'
import { at, history } from '../history'

const registered = at('2018-03-01', 'OrganizationRegistered')
const applied = (on: string) => at(on, 'PublicFundraisingApplied')

describe('the fundraising sections', () => {
  it('keeps an application undecided until the registrar grants or refuses it', () => {
    const entries = history(registered, applied('2025-03-03'))
    expect(creditFileOf(entries).fundraisingApplications).toEqual([
      {
        seq: 1,
        filedOn: '2025-03-03',
        department: '上海市民政局',
        decision: null,
        decidedOn: null,
        decisionSeq: null,
      },
    ])
  })

  it('decides the earliest open application by a grant', () => {
    const file = creditFileOf(
      history(
        registered,
        applied('2025-03-03'),
        at('2025-03-20', 'PublicFundraisingQualificationGranted'),
      ),
    )
    expect(file.fundraisingApplications[0]).toMatchObject({
      decision: 'granted',
      decidedOn: '2025-03-20',
      decisionSeq: 2,
    })
    expect(file.identity.publicFundraising.held).toBe(true)
  })

  it('decides the application a refusal amends, and leaves a grant without an application alone', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2019-01-10', 'PublicFundraisingQualificationGranted'),
        applied('2025-03-03'),
        at('2025-03-18', 'PublicFundraisingRefused', { amends: 2 }),
      ),
    )
    expect(file.fundraisingApplications).toMatchObject([
      { seq: 2, decision: 'refused', decidedOn: '2025-03-18', decisionSeq: 3 },
    ])
  })

  it('keeps a plan with its campaign, its emergency phase and the day it was recorded', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2025-08-01', 'FundraisingPlanFiled', {
          recordedAt: '2025-08-12T09:00:00+08:00',
          data: {
            period: { from: '2025-07-28', to: '2026-01-27' },
            emergency: true,
            emergencyPhaseTo: '2025-08-31',
          },
        }),
      ),
    )
    expect(file.fundraisingPlans).toEqual([
      {
        seq: 1,
        filedOn: '2025-08-01',
        recordedOn: '2025-08-12',
        title: '困境儿童助学公开募捐',
        from: '2025-07-28',
        to: '2026-01-27',
        emergency: true,
        emergencyPhaseTo: '2025-08-31',
        filedWith: '上海市民政局',
      },
    ])
  })

  it('links a disclosure to the campaign it names', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2025-08-01', 'FundraisingPlanFiled'),
        at('2025-08-05', 'DisclosurePublished', { data: { campaign: 1 } }),
        at('2025-08-06', 'DisclosurePublished'),
      ),
    )
    expect(file.disclosures.map((item) => item.campaign)).toEqual([1, null])
  })
})
