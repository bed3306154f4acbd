import { describe, it } from 'vitest'
import { cnPolicy, cnPolicyWith } from '../../../src/policies'
import {
  activity,
  disclosure,
  registered,
  registrationRevoked,
  report,
  specOf,
  warning,
} from '../history'

describe('DR-02 a social group with no activity in its first year', () => {
  const spec = specOf('DR-02', cnPolicy)
  const founded = registered('2022-03-01')

  it('recommends revocation from the day the first year has run with nothing on record', () => {
    spec
      .given(founded)
      .when({ at: '2023-03-02' })
      .then([
        {
          rule: 'DR-02',
          propose: 'RegistrationRevoked',
          mode: 'needs_decision',
          effectiveAt: '2023-03-02',
          inputs: [0],
        },
      ])
      .thenSays('en', [
        'Recommend cancelling the registration (for decision): the organization is active; ' +
          'registered on 2022-03-01; a full 1 year on 2023-03-02; no recorded activities within ' +
          '1 year of registration; no recorded disclosures within 1 year of registration; no ' +
          'recorded commendations within 1 year of registration; no annual reports showing ' +
          'activity since registration; rule DR-02, Social Group Regulations, Art. 29',
      ])
  })

  it('does nothing on the anniversary, before the first year has run (Civil Code)', () => {
    spec.given(founded).when({ at: '2023-03-01' }).thenNothing().thenNextChange('2023-03-02')
  })

  it('recommends it on the anniversary under the calendar convention', () => {
    specOf('DR-02', cnPolicyWith({ convention: 'calendar' }))
      .given(founded)
      .when({ at: '2023-03-01' })
      .then([{ rule: 'DR-02', propose: 'RegistrationRevoked', effectiveAt: '2023-03-01' }])
  })

  it('waits for the first year to run when the report fell due before it', () => {
    const late = registered('2022-11-15')
    spec.given(late).when({ at: '2023-11-15' }).thenNothing().thenNextChange('2023-11-16')
    spec
      .given(late)
      .when({ at: '2023-11-16' })
      .then([{ rule: 'DR-02' }])
  })

  it('does nothing when an activity fell on the last day of the first year', () => {
    spec.given(founded, activity('2023-03-01')).when({ at: '2023-06-01' }).thenNothing()
  })

  it('takes a disclosure in the first year as a sign of activity', () => {
    spec.given(founded, disclosure('2022-10-01')).when({ at: '2023-06-01' }).thenNothing()
  })

  it('ends the proposal with the founding year’s report filed after the first year, from that day', () => {
    const filed = report(2022, '2023-07-10')
    spec
      .given(founded, filed)
      .when({ at: '2023-07-09' })
      .then([{ rule: 'DR-02', effectiveAt: '2023-03-02' }])
    spec.given(founded, filed).when({ at: '2023-07-10' }).thenNothing()
  })

  it('ends it with any later report too, however late', () => {
    const later = report(2023, '2024-09-10')
    spec
      .given(founded, later)
      .when({ at: '2024-09-09' })
      .then([{ rule: 'DR-02' }])
    spec.given(founded, later).when({ at: '2024-09-10' }).thenNothing()
  })

  it('does not take a report stating no charitable activity as a sign of activity', () => {
    spec
      .given(
        registered('2022-03-01', 'social_group', { charity: true }),
        report(2022, '2023-05-10', { showsCharitableActivity: false }),
      )
      .when({ at: '2023-06-01' })
      .then([{ rule: 'DR-02', propose: 'RegistrationRevoked' }])
  })
})

describe('DR-02 where activities are recorded only with the annual report', () => {
  const spec = specOf('DR-02', cnPolicyWith({ activityRecords: 'annual_report' }))
  const founded = registered('2022-03-01')

  it('recommends revocation once the first year has run and its report is overdue', () => {
    spec
      .given(founded)
      .when({ at: '2023-06-01' })
      .then([
        {
          rule: 'DR-02',
          propose: 'RegistrationRevoked',
          mode: 'needs_decision',
          effectiveAt: '2023-06-01',
        },
      ])
  })

  it('does nothing after the first year while the founding year’s report is not yet due', () => {
    spec.given(founded).when({ at: '2023-03-02' }).thenNothing()
    spec.given(founded).when({ at: '2023-05-31' }).thenNothing().thenNextChange('2023-06-01')
  })
})

describe('DR-08 a foundation with no activity in its first 12 months', () => {
  const spec = specOf('DR-08', cnPolicy)
  const founded = registered('2022-03-01', 'foundation')

  it('recommends revocation from the day the 12 months have run with nothing on record', () => {
    spec
      .given(founded)
      .when({ at: '2023-03-02' })
      .then([{ rule: 'DR-08', propose: 'RegistrationRevoked', effectiveAt: '2023-03-02' }])
  })

  it('does nothing on the anniversary (Civil Code)', () => {
    spec.given(founded).when({ at: '2023-03-01' }).thenNothing().thenNextChange('2023-03-02')
  })

  it('does nothing when the foundation was active', () => {
    spec.given(founded, activity('2022-09-01')).when({ at: '2023-04-01' }).thenNothing()
  })

  it('ends the proposal with the founding year’s report filed later', () => {
    spec.given(founded, report(2022, '2023-03-20')).when({ at: '2023-03-20' }).thenNothing()
  })

  it('waits for the first report to be overdue where activities come with the report', () => {
    const reported = specOf('DR-08', cnPolicyWith({ activityRecords: 'annual_report' }))
    reported.given(founded).when({ at: '2023-03-31' }).thenNothing()
    reported
      .given(founded)
      .when({ at: '2023-04-01' })
      .then([{ rule: 'DR-08', propose: 'RegistrationRevoked', effectiveAt: '2023-04-01' }])
  })
})

describe('DR-09 foundation staff and office costs', () => {
  const spec = specOf('DR-09', cnPolicy)
  const founded = registered('2019-03-01', 'foundation')

  it('sets the registrar the duty to decide when costs exceed 10% of spending', () => {
    spec
      .given(founded, report(2022, '2023-03-20', { staffAndAdminCosts: 100001 }))
      .when({ at: '2023-04-01' })
      .then([{ rule: 'DR-09', oblige: 'decide_sanction', who: 'registrar' }])
  })

  it('does nothing at exactly 10%', () => {
    spec
      .given(founded, report(2022, '2023-03-20', { staffAndAdminCosts: 100000 }))
      .when({ at: '2023-04-01' })
      .thenNothing()
  })
})

describe('DR-10 a charity without charitable activity for two years', () => {
  const spec = specOf('DR-10', cnPolicy)
  const charity = registered('2019-03-01', 'social_group', { charity: true })
  const idle = (year: number) =>
    report(year, `${year + 1}-05-10`, { showsCharitableActivity: false })

  it('recommends deregistration', () => {
    spec
      .given(charity, idle(2021), idle(2022))
      .when({ at: '2023-06-01' })
      .then([{ rule: 'DR-10', propose: 'Deregistered', mode: 'needs_decision' }])
  })

  it('reads the second year’s report from the day it is filed, before its due day', () => {
    spec
      .given(charity, idle(2021), report(2022, '2023-03-15', { showsCharitableActivity: false }))
      .when({ at: '2023-03-15' })
      .then([{ rule: 'DR-10', propose: 'Deregistered', effectiveAt: '2023-03-15' }])
  })

  it('does nothing the day before that report is filed', () => {
    spec
      .given(charity, idle(2021), report(2022, '2023-03-15', { showsCharitableActivity: false }))
      .when({ at: '2023-03-14' })
      .thenNothing()
  })

  it('does nothing when the report filed early shows charitable activity', () => {
    spec
      .given(charity, idle(2021), report(2022, '2023-03-15', { showsCharitableActivity: true }))
      .when({ at: '2023-03-15' })
      .thenNothing()
  })

  it('does nothing when one of the two years was active', () => {
    spec
      .given(charity, idle(2021), report(2022, '2023-05-10', { showsCharitableActivity: true }))
      .when({ at: '2023-06-01' })
      .thenNothing()
  })
})

describe('DR-11 a charity violating again within a year', () => {
  const spec = specOf('DR-11', cnPolicy)
  const charity = registered('2019-03-01', 'social_group', { charity: true })

  it('recommends revoking the certificate', () => {
    spec
      .given(
        charity,
        warning('2023-01-11', 'disclosure_failure'),
        warning('2024-01-11', 'disclosure_failure'),
      )
      .when({ at: '2024-01-11' })
      .then([
        {
          rule: 'DR-11',
          propose: 'RegistrationRevoked',
          data: expectRevocation('certificate_revoked'),
        },
      ])
  })

  it('does nothing when the first has left the year', () => {
    spec
      .given(
        charity,
        warning('2023-01-10', 'disclosure_failure'),
        warning('2024-01-11', 'disclosure_failure'),
      )
      .when({ at: '2024-01-11' })
      .thenNothing()
  })
})

describe('DR-13 activity after revocation', () => {
  const spec = specOf('DR-13', cnPolicy)
  const history = [registered('2019-03-01'), registrationRevoked('2023-01-10')]

  it('recommends a ban', () => {
    spec
      .given(...history, activity('2023-02-01'))
      .when({ at: '2023-02-01' })
      .then([{ rule: 'DR-13', propose: 'Banned', mode: 'needs_decision' }])
  })

  it('does nothing when the organization stopped', () => {
    spec
      .given(...history)
      .when({ at: '2023-02-01' })
      .thenNothing()
  })
})

function expectRevocation(kind: string) {
  return {
    kind,
    ground: 'serious_violation',
    facts: '慈善组织受到处理后1年内再次违法的，吊销登记证书（规则DR-11）',
    department: '上海市浦东新区民政局',
    decidedOn: '2024-01-11',
  }
}
