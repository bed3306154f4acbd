import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import type { GivenEntry } from '../../../src/testing'
import { specOf } from '../history'

// A foundation registered as public or non-public, and its annual reports with the figures
// DR-09 reads, as a registrar records them.

const foundation = (
  foundationKind?: 'public_foundation' | 'non_public_foundation',
): GivenEntry => ({
  type: 'OrganizationRegistered',
  effectiveAt: '2018-03-01',
  data: {
    name: '上海市浦东新区助学基金会',
    kind: 'foundation',
    registrar: '上海市民政局',
    registrarLevel: 'provincial',
    domicile: '上海市浦东新区世纪大道1200号',
    registeredFunds: 4000000,
    certificateNumber: '沪基证字第0456号',
    ...(foundationKind === undefined ? {} : { foundationKind }),
  },
})

const report = (
  year: number,
  financials: { income?: number; publicBenefitSpending?: number; netAssetsAtYearEnd?: number },
  on = `${year + 1}-03-20`,
): GivenEntry => ({
  type: 'AnnualReportFiled',
  effectiveAt: on,
  data: {
    year,
    filedWith: 'registrar',
    financials: { income: 0, expenditure: 0, ...financials },
  },
})

describe('DR-09.public a public foundation’s spending floor', () => {
  const spec = specOf('DR-09.public', cnPolicy)
  const founded = foundation('public_foundation')

  it('sets the registrar the duty to decide when this year’s spending is below 70% of last year’s income', () => {
    spec
      .given(
        founded,
        report(2021, { income: 1000000 }),
        report(2022, { income: 500000, publicBenefitSpending: 699999 }),
      )
      .when({ at: '2023-04-01' })
      .then([{ rule: 'DR-09.public', oblige: 'decide_sanction', who: 'registrar' }])
      .thenSays('en', [
        'The registrar must decide the sanction under the Foundation Regulations, Art. 42 (due): the ' +
          'organization is active; a public foundation; public-benefit spending below 70% of ' +
          'the year before’s income (financials.publicBenefitSpending 699999 in 2022, ' +
          'financials.income 1000000 in 2021); rule DR-09.public, Foundation Regulations, Arts. 29, 42',
      ])
  })

  it('does nothing at exactly 70% (near miss of DR-09.public)', () => {
    spec
      .given(
        founded,
        report(2021, { income: 1000000 }),
        report(2022, { publicBenefitSpending: 700000 }),
      )
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('compares with last year’s income, not this year’s (near miss of DR-09.public)', () => {
    spec
      .given(
        founded,
        report(2021, { income: 100000 }),
        report(2022, { income: 10000000, publicBenefitSpending: 70000 }),
      )
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('decides nothing without last year’s report (near miss of DR-09.public)', () => {
    spec
      .given(founded, report(2022, { income: 1000000, publicBenefitSpending: 1 }))
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('decides nothing when this year’s report does not state its public-benefit spending', () => {
    spec
      .given(founded, report(2021, { income: 1000000 }), report(2022, { income: 1 }))
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('keeps a shortfall once next year’s report is filed without its financial figures', () => {
    spec
      .given(
        founded,
        report(2021, { income: 1000000 }),
        report(2022, { publicBenefitSpending: 1 }),
        report(2023, {}),
      )
      .when({ at: '2024-04-01' })
      .then([{ rule: 'DR-09.public', oblige: 'decide_sanction' }])
  })

  it('reads the report from the day it is filed, not before', () => {
    const reports = [
      report(2021, { income: 1000000 }),
      report(2022, { publicBenefitSpending: 1 }, '2023-03-20'),
    ]
    spec
      .given(founded, ...reports)
      .when({ at: '2023-03-19' })
      .thenNothing()
    spec
      .given(founded, ...reports)
      .when({ at: '2023-03-20' })
      .then([{ rule: 'DR-09.public' }])
  })

  it('does not hold a non-public foundation to the public floor (near miss of DR-09.public)', () => {
    spec
      .given(
        foundation('non_public_foundation'),
        report(2021, { income: 1000000, netAssetsAtYearEnd: 0 }),
        report(2022, { publicBenefitSpending: 1 }),
      )
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('decides nothing for a foundation whose kind the record does not state', () => {
    spec
      .given(
        foundation(),
        report(2021, { income: 1000000 }),
        report(2022, { publicBenefitSpending: 1 }),
      )
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('follows a change registration that makes the foundation public', () => {
    spec
      .given(
        foundation('non_public_foundation'),
        {
          type: 'RegistrationChanged',
          effectiveAt: '2022-06-01',
          data: {
            changes: [
              {
                field: 'foundation_kind',
                before: 'non_public_foundation',
                after: 'public_foundation',
              },
            ],
          },
        },
        report(2021, { income: 1000000 }),
        report(2022, { publicBenefitSpending: 1 }),
      )
      .when({ at: '2023-04-01' })
      .then([{ rule: 'DR-09.public' }])
  })
})

describe('DR-09.nonpublic a non-public foundation’s spending floor', () => {
  const spec = specOf('DR-09.nonpublic', cnPolicy)
  const founded = foundation('non_public_foundation')

  it('sets the registrar the duty to decide below 8% of last year’s closing fund balance', () => {
    spec
      .given(
        founded,
        report(2021, { netAssetsAtYearEnd: 10000000 }),
        report(2022, { publicBenefitSpending: 799999 }),
      )
      .when({ at: '2023-04-01' })
      .then([{ rule: 'DR-09.nonpublic', oblige: 'decide_sanction', who: 'registrar' }])
  })

  it('does nothing at exactly 8% (near miss of DR-09.nonpublic)', () => {
    spec
      .given(
        founded,
        report(2021, { netAssetsAtYearEnd: 10000000 }),
        report(2022, { publicBenefitSpending: 800000 }),
      )
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('decides nothing when last year’s report does not state the fund balance (near miss of DR-09.nonpublic)', () => {
    spec
      .given(
        founded,
        report(2021, { income: 10000000 }),
        report(2022, { publicBenefitSpending: 1 }),
      )
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('does not hold a public foundation to the non-public floor (near miss of DR-09.nonpublic)', () => {
    spec
      .given(
        foundation('public_foundation'),
        report(2021, { income: 0, netAssetsAtYearEnd: 10000000 }),
        report(2022, { publicBenefitSpending: 1 }),
      )
      .when({ at: '2023-04-01' })
      .thenNothing()
  })
})
