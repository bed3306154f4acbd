import { describe, expect, it } from 'vitest'
import { cnPolicy, cnPolicyWith } from '../../../src/policies'
import { disclosure, inspection, registered, report, specOf } from '../history'

const founded = registered('2019-03-01')

/** The reports of `years` never filed, each overdue since the day after its due day. */
const missed = (rule: string, years: number[], due = '05-31') =>
  years.map((year) => ({
    rule,
    instance: String(year),
    due: `${year + 1}-${due}`,
    state: 'overdue' as const,
  }))

describe('AI-01 social groups report by 31 May', () => {
  const spec = specOf('AI-01', cnPolicy)

  it('sets the report due on 31 May', () => {
    spec
      .given(founded)
      .when({ at: '2023-04-01' })
      .then([
        ...missed('AI-01', [2019, 2020, 2021]),
        {
          rule: 'AI-01',
          instance: '2022',
          oblige: 'file_annual_report',
          who: 'organization',
          due: '2023-05-31',
          state: 'due',
        },
      ])
  })

  it('marks it done once filed, and overdue the day after the due day if not', () => {
    spec
      .given(founded, report(2022, '2023-05-20'))
      .when({ at: '2023-06-01' })
      .then([...missed('AI-01', [2019, 2020, 2021]), { rule: 'AI-01', state: 'done' }])
    spec
      .given(founded)
      .when({ at: '2023-05-31' })
      .then([...missed('AI-01', [2019, 2020, 2021]), { rule: 'AI-01', state: 'due' }])
    spec
      .given(founded)
      .when({ at: '2023-06-01' })
      .then([...missed('AI-01', [2019, 2020, 2021]), { rule: 'AI-01', state: 'overdue' }])
  })

  it('does not apply to foundations', () => {
    spec.given(registered('2019-03-01', 'foundation')).when({ at: '2023-04-01' }).thenNothing()
  })
})

describe('AI-02 social service organizations report by 31 May', () => {
  const spec = specOf('AI-02', cnPolicy)

  it('sets a report due for a year the organization was founded by 30 June', () => {
    spec
      .given(registered('2022-06-30', 'social_service_organization'))
      .when({ at: '2023-04-01' })
      .then([{ rule: 'AI-02', oblige: 'file_annual_report', due: '2023-05-31' }])
  })

  it('excuses a year the organization was founded from 1 July', () => {
    spec
      .given(registered('2022-07-01', 'social_service_organization'))
      .when({ at: '2023-04-01' })
      .thenNothing()
  })
})

describe('AI-03 foundations report by 31 March', () => {
  const spec = specOf('AI-03', cnPolicy)

  it('sets the report due on 31 March', () => {
    spec
      .given(registered('2019-03-01', 'foundation'))
      .when({ at: '2023-02-01' })
      .then([
        ...missed('AI-03', [2019, 2020, 2021], '03-31'),
        { rule: 'AI-03', oblige: 'file_annual_report', due: '2023-03-31', state: 'due' },
      ])
  })

  it('does not apply to social groups', () => {
    spec.given(founded).when({ at: '2023-02-01' }).thenNothing()
  })
})

describe('AI-03.audit a foundation report carries an audit', () => {
  const spec = specOf('AI-03.audit', cnPolicy)
  const foundation = registered('2019-03-01', 'foundation')

  it('asks for the audit report when the latest report is unaudited', () => {
    spec
      .given(foundation, report(2022, '2023-03-20', { audited: false }))
      .when({ at: '2023-04-01' })
      .then([
        ...missed('AI-03.audit', [2019, 2020, 2021], '03-31'),
        {
          rule: 'AI-03.audit',
          oblige: 'file_audit_report',
          who: 'organization',
          instance: '2022',
          state: 'overdue',
        },
      ])
  })

  it('asks for nothing more for a year whose report is audited', () => {
    // The years before, never reported, still owe theirs; 2022's shows done, as the latest.
    spec
      .given(foundation, report(2022, '2023-03-20', { audited: true }))
      .when({ at: '2023-04-01' })
      .then([
        ...missed('AI-03.audit', [2019, 2020, 2021], '03-31'),
        { rule: 'AI-03.audit', instance: '2022', state: 'done' },
      ])
    specOf('AI-03.audit', cnPolicy)
      .given(registered('2022-01-10', 'foundation'), report(2022, '2023-03-20', { audited: true }))
      .when({ at: '2023-04-01' })
      .then([{ rule: 'AI-03.audit', instance: '2022', state: 'done' }])
  })
})

describe('AI-04 charities publish their reports', () => {
  const spec = specOf('AI-04', cnPolicy)
  const charity = registered('2019-03-01', 'social_group', { charity: true })

  it('sets the publication due with the report', () => {
    spec
      .given(charity)
      .when({ at: '2023-04-01' })
      .then([{ rule: 'AI-04', oblige: 'disclose', who: 'organization', due: '2023-05-31' }])
  })

  it('is met by publishing the annual work report this year', () => {
    spec.given(charity, disclosure('2023-03-15')).when({ at: '2023-04-01' }).thenNothing()
  })

  it('does not apply to an organization that is not a charity', () => {
    spec.given(founded).when({ at: '2023-04-01' }).thenNothing()
  })
})

describe('AI-07 a foundation not inspected or failed', () => {
  const spec = specOf('AI-07', cnPolicy)
  const foundation = registered('2019-03-01', 'foundation')

  it('sets the registrar the duty to decide the sanction', () => {
    spec
      .given(foundation, inspection(2022, 'unqualified', '2023-05-20'))
      .when({ at: '2023-06-01' })
      .then([
        { rule: 'AI-07', oblige: 'decide_sanction', who: 'registrar', due: null, state: 'due' },
      ])
  })

  it('does nothing after a qualified inspection', () => {
    spec
      .given(foundation, inspection(2022, 'qualified', '2023-05-20'))
      .when({ at: '2023-06-01' })
      .thenNothing()
  })
})

describe('AI-08 years without a report', () => {
  // Local practice: off in the national pack, on where a place follows Jinan's 3 years.
  const spec = specOf('AI-08', cnPolicyWith({ missedReportsBeforeRevocation: 3 }))
  const young = registered('2020-03-01')

  it('recommends revocation the day after the third report fell due', () => {
    spec
      .given(young)
      .when({ at: '2023-06-01' })
      .then([
        {
          rule: 'AI-08',
          propose: 'RegistrationRevoked',
          mode: 'needs_decision',
          effectiveAt: '2023-06-01',
        },
      ])
  })

  it('does nothing on the due day, with two years missing', () => {
    spec.given(young).when({ at: '2023-05-31' }).thenNothing()
  })

  it('does nothing when one of the three was filed, even late', () => {
    spec.given(young, report(2021, '2022-08-01')).when({ at: '2023-06-01' }).thenNothing()
  })

  it('follows the parameter, or is left out when it is null', () => {
    specOf('AI-08', cnPolicyWith({ missedReportsBeforeRevocation: 2 }))
      .given(young)
      .when({ at: '2022-06-01' })
      .then([{ rule: 'AI-08', propose: 'RegistrationRevoked' }])
    specOf('AI-08', cnPolicyWith({ missedReportsBeforeRevocation: null }))
      .given(young)
      .when({ at: '2023-06-01' })
      .thenNothing()
    expect(cnPolicy.rules.some((rule) => rule.id === 'AI-08')).toBe(false)
  })
})
