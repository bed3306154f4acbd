import { describe, expect, it } from 'vitest'
import { obligations } from '../../../src/disclosure'
import { cnPolicy } from '../../../src/policies'
import { fileOf } from '../givenFile'
import {
  deregistered,
  fundraisingGranted,
  fundraisingRevoked,
  registered,
  report,
  specOf,
} from '../history'

// The days on which the annual-report duties (AI-01 to AI-03.audit) change, one either side.

const statusOf = (id: string, at: string, ...given: Parameters<typeof fileOf>[1][]) =>
  obligations(cnPolicy, fileOf(at, ...given), { at }).find((duty) => duty.id === id)?.status

describe('AI-01 near the due day', () => {
  const founded = registered('2022-03-01')

  it('is done for a report filed on the due day, and done late for one filed the day after', () => {
    expect(statusOf('annual_report:2022', '2023-07-01', founded, report(2022, '2023-05-31'))).toBe(
      'done',
    )
    expect(statusOf('annual_report:2022', '2023-07-01', founded, report(2022, '2023-06-01'))).toBe(
      'done_late',
    )
    // evaluate says done in both cases: the duty is met, late or not.
    specOf('AI-01', cnPolicy)
      .given(founded, report(2022, '2023-06-01'))
      .when({ at: '2023-07-01' })
      .then([{ rule: 'AI-01', instance: '2022', state: 'done' }])
      .thenSays('en', [
        'The organization must file the 2022 annual report by 2023-05-31 (done late): a social group; rule AI-01, Social Group Regulations, Art. 28',
      ])
  })

  it('asks nothing for a year before it ends, and the year’s report from 1 January', () => {
    const spec = specOf('AI-01', cnPolicy)
    spec.given(founded).when({ at: '2022-12-31' }).thenNothing().thenNextChange('2023-01-01')
    spec
      .given(founded)
      .when({ at: '2023-01-01' })
      .then([{ rule: 'AI-01', instance: '2022', due: '2023-05-31', state: 'due' }])
      .thenNextChange('2023-06-01')
  })

  it('owes a report for the year of a founding on 31 December, not for one on 1 January', () => {
    const spec = specOf('AI-01', cnPolicy)
    spec
      .given(registered('2022-12-31'))
      .when({ at: '2023-04-01' })
      .then([{ rule: 'AI-01', instance: '2022' }])
    spec.given(registered('2023-01-01')).when({ at: '2023-04-01' }).thenNothing()
  })

  it('owes no report due after a closure, but keeps one due on the closing day', () => {
    const spec = specOf('AI-01', cnPolicy)
    spec
      .given(founded, deregistered('2023-05-30', 'dissolution'))
      .when({ at: '2023-07-01' })
      .thenNothing()
    spec
      .given(founded, deregistered('2023-05-31', 'dissolution'))
      .when({ at: '2023-07-01' })
      .then([{ rule: 'AI-01', instance: '2022', state: 'overdue' }])
      .thenNextChange(null)
  })
})

describe('the six-month exemption (AI-02) is the social service organizations’ only', () => {
  it('excuses a social service organization founded on 2 December, not a foundation or a social group', () => {
    specOf('AI-02', cnPolicy)
      .given(registered('2022-12-02', 'social_service_organization'))
      .when({ at: '2023-06-01' })
      .thenNothing()
    specOf('AI-03', cnPolicy)
      .given(registered('2022-12-02', 'foundation'))
      .when({ at: '2023-04-01' })
      .then([{ rule: 'AI-03', instance: '2022', due: '2023-03-31', state: 'overdue' }])
    specOf('AI-01', cnPolicy)
      .given(registered('2022-12-02'))
      .when({ at: '2023-06-01' })
      .then([{ rule: 'AI-01', instance: '2022', due: '2023-05-31', state: 'overdue' }])
  })

  it('counts the six months by the Civil Code: 30 June owes the year, 1 July does not', () => {
    const at = '2023-06-01'
    expect(
      statusOf('annual_report:2022', at, registered('2022-06-30', 'social_service_organization')),
    ).toBe('overdue')
    expect(
      statusOf('annual_report:2022', at, registered('2022-07-01', 'social_service_organization')),
    ).toBeUndefined()
  })
})

describe('AI-03.audit near its boundaries', () => {
  const foundation = registered('2022-03-01', 'foundation')
  const charity = registered('2020-03-01', 'social_group', { charity: true })

  it('is done for an audited report filed on 31 March, and done late for one filed on 1 April', () => {
    const at = '2023-05-01'
    expect(
      statusOf('audit:2022', at, foundation, report(2022, '2023-03-31', { audited: true })),
    ).toBe('done')
    expect(
      statusOf('audit:2022', at, foundation, report(2022, '2023-04-01', { audited: true })),
    ).toBe('done_late')
  })

  it('asks a charity for the audit of a year it held the fundraising qualification on one day of', () => {
    const spec = specOf('AI-03.audit', cnPolicy)
    spec
      .given(charity, fundraisingGranted('2022-12-31'))
      .when({ at: '2023-04-01' })
      .then([{ rule: 'AI-03.audit', instance: '2022', due: '2023-05-31', state: 'due' }])
    spec.given(charity, fundraisingGranted('2023-01-01')).when({ at: '2023-04-01' }).thenNothing()
    spec
      .given(charity, fundraisingGranted('2021-06-01'), fundraisingRevoked('2021-12-31'))
      .when({ at: '2023-06-01' })
      .then([{ rule: 'AI-03.audit', instance: '2021', due: '2022-05-31', state: 'overdue' }])
  })

  it('asks nothing of a social group without the qualification, and a foundation’s audit before the Charity Law too', () => {
    specOf('AI-03.audit', cnPolicy)
      .given(registered('2020-03-01'))
      .when({ at: '2023-06-01' })
      .thenNothing()
    specOf('AI-03.audit', cnPolicy)
      .given(registered('2015-03-01', 'foundation'))
      .when({ at: '2016-04-01' })
      .then([{ rule: 'AI-03.audit', instance: '2015', due: '2016-03-31', state: 'overdue' }])
  })
})
