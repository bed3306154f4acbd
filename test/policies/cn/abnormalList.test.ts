import { describe, it } from 'vitest'
import { cnPolicy, cnPolicyWith } from '../../../src/policies'
import {
  listedAbnormal,
  penalty,
  rectificationCompleted,
  rectificationOrdered,
  registered,
  report,
  specOf,
  warning,
} from '../history'

const founded = registered('2019-03-01')

describe('AB-01 annual report not filed on time', () => {
  const spec = specOf('AB-01', cnPolicy)

  it('lists the organization on the day after the report fell due', () => {
    spec
      .given(founded)
      .when({ at: '2023-06-01' })
      .then([
        {
          rule: 'AB-01',
          propose: 'ListedOnAbnormalList',
          mode: 'automatic',
          effectiveAt: '2023-06-01',
          data: {
            reason: 'annual_report_missing',
            department: '上海市浦东新区民政局',
            basedOn: [0],
          },
        },
      ])
  })

  it('does nothing on the due day itself', () => {
    spec
      .given(founded, report(2021, '2022-05-20'))
      .when({ at: '2023-05-31' })
      .thenNothing()
      .thenNextChange('2023-06-01')
  })

  it('does nothing when the report was filed on time', () => {
    spec.given(founded, report(2022, '2023-05-31')).when({ at: '2023-06-01' }).thenNothing()
  })

  it('does not list again while a report-missing listing is open', () => {
    spec
      .given(founded, listedAbnormal('2022-06-01', 'annual_report_missing'))
      .when({ at: '2023-06-01' })
      .thenNothing()
  })
})

describe('AB-03 spot-check rectification overdue', () => {
  const spec = specOf('AB-03', cnPolicy)
  const ordered = rectificationOrdered('2023-03-01', '2023-04-30')

  it('lists the organization the day after the deadline passed', () => {
    spec
      .given(founded, ordered)
      .when({ at: '2023-05-01' })
      .then([
        {
          rule: 'AB-03',
          propose: 'ListedOnAbnormalList',
          effectiveAt: '2023-05-01',
          inputs: [1],
          data: {
            reason: 'rectification_overdue',
            department: '上海市浦东新区民政局',
            basedOn: [1],
          },
        },
      ])
  })

  it('does nothing on the deadline itself', () => {
    spec.given(founded, ordered).when({ at: '2023-04-30' }).thenNothing()
  })

  it('does nothing when the rectification was done in time', () => {
    spec
      .given(founded, ordered, rectificationCompleted('2023-04-29', 1))
      .when({ at: '2023-05-01' })
      .thenNothing()
  })

  it('does nothing for orders that did not come from a spot check', () => {
    spec
      .given(founded, rectificationOrdered('2023-03-01', '2023-04-30', 'complaint'))
      .when({ at: '2023-05-01' })
      .thenNothing()
  })
})

describe('AB-05 warning or fine under 50,000 yuan', () => {
  const spec = specOf('AB-05', cnPolicy)

  it('lists the organization on the day the penalty took effect', () => {
    spec
      .given(founded, warning('2023-03-10'))
      .when({ at: '2023-03-10' })
      .then([
        {
          rule: 'AB-05',
          propose: 'ListedOnAbnormalList',
          mode: 'automatic',
          effectiveAt: '2023-03-10',
          inputs: [1],
        },
      ])
  })

  it('leaves a fine of 50,000 yuan to the serious list', () => {
    spec
      .given(founded, penalty('2023-03-10', [{ kind: 'fine', amount: 50000 }]))
      .when({ at: '2023-03-10' })
      .thenNothing()
  })

  it('lists once per penalty', () => {
    spec
      .given(
        founded,
        warning('2023-03-10'),
        listedAbnormal('2023-03-10', 'warning_or_small_fine', [1]),
      )
      .when({ at: '2023-04-01' })
      .thenNothing()
  })
})

describe('AB-10 report filed while listed for it', () => {
  const spec = specOf('AB-10', cnPolicy)
  const listed = listedAbnormal('2023-06-01', 'annual_report_missing')
  // Reports of 2019-2021 on file, so that 2022's is the one the listing rests on.
  const earlier = [
    report(2019, '2020-05-20'),
    report(2020, '2021-05-20'),
    report(2021, '2022-05-20'),
  ]

  it('proposes the removal and gives the registrar 5 working days', () => {
    spec
      .given(founded, ...earlier, listed, report(2022, '2023-07-03'))
      .when({ at: '2023-07-03' })
      .then([
        {
          rule: 'AB-10',
          oblige: 'remove_from_list',
          who: 'registrar',
          due: '2023-07-10',
          state: 'due',
        },
        // The listing is the fifth entry, after the registration and three reports.
        { rule: 'AB-10', propose: 'RemovedFromAbnormalList', mode: 'needs_decision', amends: 4 },
      ])
  })

  it('does nothing while the report is still missing', () => {
    spec
      .given(founded, ...earlier, listed)
      .when({ at: '2023-07-03' })
      .thenNothing()
  })

  it('does nothing when a later report is filed but the listed year’s is not', () => {
    spec
      .given(founded, ...earlier, listed, report(2023, '2024-05-20'))
      .when({ at: '2024-06-03' })
      .thenNothing()
  })

  it('counts the working days given as a parameter', () => {
    specOf('AB-10', cnPolicyWith({ removalWorkingDays: 10 }))
      .given(founded, ...earlier, listed, report(2022, '2023-07-03'))
      .when({ at: '2023-07-03' })
      .then([{ rule: 'AB-10', oblige: 'remove_from_list', due: '2023-07-17' }, { rule: 'AB-10' }])
  })
})

describe('AB-10.rectified rectification done while listed for it', () => {
  const spec = specOf('AB-10.rectified', cnPolicy)
  const history = [
    founded,
    rectificationOrdered('2023-03-01', '2023-04-30'),
    listedAbnormal('2023-05-01', 'rectification_overdue', [1]),
  ]

  it('proposes the removal once the order is completed', () => {
    spec
      .given(...history, rectificationCompleted('2023-05-20', 1))
      .when({ at: '2023-05-20' })
      .then([
        { rule: 'AB-10.rectified', oblige: 'remove_from_list', due: '2023-05-26', state: 'due' },
        {
          rule: 'AB-10.rectified',
          propose: 'RemovedFromAbnormalList',
          amends: 2,
          effectiveAt: '2023-05-20',
        },
      ])
  })

  it('does nothing while the order is still open', () => {
    spec
      .given(...history)
      .when({ at: '2023-05-20' })
      .thenNothing()
  })
})

describe('AB-11 a penalty listing ends after six months', () => {
  const spec = specOf('AB-11', cnPolicy)
  const history = [
    founded,
    warning('2023-03-10'),
    listedAbnormal('2023-03-10', 'warning_or_small_fine', [1]),
  ]

  it('removes it on the day six full months have run (Civil Code)', () => {
    spec
      .given(...history)
      .when({ at: '2023-09-11' })
      .then([
        {
          rule: 'AB-11',
          propose: 'RemovedFromAbnormalList',
          mode: 'automatic',
          effectiveAt: '2023-09-11',
          amends: 2,
        },
      ])
  })

  it('keeps it the day before', () => {
    spec
      .given(...history)
      .when({ at: '2023-09-10' })
      .thenNothing()
      .thenNextChange('2023-09-11')
  })

  it('does not end listings that have something to rectify', () => {
    spec
      .given(founded, listedAbnormal('2023-03-10', 'annual_report_missing'))
      .when({ at: '2023-09-11' })
      .thenNothing()
  })

  it('counts the period given as a parameter', () => {
    specOf('AB-11', cnPolicyWith({ penaltyListingLasts: { months: 3 } }))
      .given(...history)
      .when({ at: '2023-06-11' })
      .then([{ rule: 'AB-11', effectiveAt: '2023-06-11' }])
  })
})

describe('AB-09 a new listing restarts the count', () => {
  const spec = specOf('SL-01', cnPolicy)
  const history = [
    founded,
    listedAbnormal('2021-06-01', 'annual_report_missing'),
    listedAbnormal('2022-01-10', 'warning_or_small_fine'),
  ]

  it('does not escalate two years after the first listing', () => {
    spec
      .given(...history)
      .when({ at: '2023-06-02' })
      .thenNothing()
  })

  it('escalates two years after the latest, ending both stays', () => {
    spec
      .given(...history)
      .when({ at: '2024-01-11' })
      .then([
        { rule: 'SL-01', propose: 'ListedOnSeriousList', effectiveAt: '2024-01-11', inputs: [2] },
        { rule: 'SL-01', propose: 'RemovedFromAbnormalList', amends: 1 },
        { rule: 'SL-01', propose: 'RemovedFromAbnormalList', amends: 2 },
      ])
  })
})
