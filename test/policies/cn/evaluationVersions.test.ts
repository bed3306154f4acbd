import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import type { GivenEntry } from '../../../src/testing'
import { graded, inspection, penalty, registered, specOf, warning } from '../history'

const founded = registered('2019-03-01')
const grade = graded('3A', '2021-12-20', '2026-12-19')

describe('EV-02 exclusions from evaluation', () => {
  const spec = specOf('EV-02', cnPolicy)
  const failed = inspection(2024, 'unqualified', '2025-05-20')

  it('bars after an unqualified inspection under Order 39', () => {
    spec
      .given(founded, failed)
      .when({ at: '2025-06-01' })
      .then([{ rule: 'EV-02', bar: 'evaluation', from: '2025-05-20', until: '2026-02-28' }])
  })

  it('switches to the 2026 measures on their effective date, which no longer bar for it', () => {
    spec
      .given(founded, failed)
      .when({ at: '2026-02-28' })
      .then([{ rule: 'EV-02', bar: 'evaluation' }])
    spec.given(founded, failed).when({ at: '2026-03-01' }).thenNothing()
  })

  it('still bars a missed inspection under the 2026 measures', () => {
    spec
      .given(founded, inspection(2025, 'not_inspected', '2026-05-20'))
      .when({ at: '2026-06-01' })
      .then([{ rule: 'EV-02', bar: 'evaluation', from: '2026-05-20' }])
  })

  it('bars for last year’s warning under Order 39 but not under the 2026 measures', () => {
    spec
      .given(founded, warning('2024-10-01'))
      .when({ at: '2025-06-01' })
      .then([{ rule: 'EV-02' }])
    spec.given(founded, warning('2025-10-01')).when({ at: '2026-06-01' }).thenNothing()
  })

  it('bars for last year’s large fine under the 2026 measures', () => {
    spec
      .given(founded, penalty('2025-10-01', [{ kind: 'fine', amount: 80000 }]))
      .when({ at: '2026-06-01' })
      .then([{ rule: 'EV-02', bar: 'evaluation', until: '2026-12-31' }])
  })

  it('bars while an investigation is open under Order 39, and no longer once it is closed', () => {
    const opened: GivenEntry = {
      type: 'InvestigationOpened',
      effectiveAt: '2025-04-01',
      ref: '浦民立〔2025〕3号',
      data: { department: '上海市浦东新区民政局', matter: '涉嫌违规收取会费' },
    }
    const closed: GivenEntry = {
      type: 'InvestigationClosed',
      effectiveAt: '2025-08-01',
      amends: 1,
      data: { outcome: 'no_violation' },
    }
    spec
      .given(founded, opened, closed)
      .when({ at: '2025-06-01' })
      .then([{ rule: 'EV-02', bar: 'evaluation', from: '2025-04-01', until: '2026-02-28' }])
    spec.given(founded, opened, closed).when({ at: '2025-08-01' }).thenNothing()
  })

  it('near miss (EV-02): an investigation no longer bars under the 2026 measures', () => {
    spec
      .given(founded, {
        type: 'InvestigationOpened',
        effectiveAt: '2026-04-01',
        data: { department: '上海市浦东新区民政局', matter: '涉嫌违规收取会费' },
      })
      .when({ at: '2026-06-01' })
      .thenNothing()
  })

  it('does not bar an organization with a clean record', () => {
    spec
      .given(founded, inspection(2024, 'qualified', '2025-05-20'))
      .when({ at: '2025-06-01' })
      .thenNothing()
  })
})

describe('EV-16 renewal in the last two years (Order 39)', () => {
  const spec = specOf('EV-16', cnPolicy)
  const held = graded('3A', '2019-01-01', '2023-12-31')

  it('grants eligibility from the first day of the last two years', () => {
    spec
      .given(founded, held)
      .when({ at: '2022-01-01' })
      .then([{ rule: 'EV-16', grant: 'evaluation', from: '2022-01-01', until: '2023-12-31' }])
  })

  it('does not grant it the day before', () => {
    spec.given(founded, held).when({ at: '2021-12-31' }).thenNothing().thenNextChange('2022-01-01')
  })
})

describe('EV-17 basically qualified two years running', () => {
  const spec = specOf('EV-17', cnPolicy)
  const streak = [
    inspection(2021, 'basically_qualified', '2022-05-20'),
    inspection(2022, 'basically_qualified', '2023-05-20'),
  ]

  it('proposes a one-step downgrade with a two-year cool-off under Order 39', () => {
    spec
      .given(founded, grade, ...streak)
      .when({ at: '2023-06-01' })
      .then([
        {
          rule: 'EV-17',
          propose: 'GradeDowngraded',
          mode: 'needs_decision',
          effectiveAt: '2023-05-20',
          data: {
            from: '3A',
            to: '2A',
            ground: 'consecutive_basically_qualified',
            department: '上海市浦东新区民政局',
            coolOffUntil: '2025-05-19',
          },
        },
      ])
  })

  it('does nothing after one such year', () => {
    spec
      .given(founded, grade, inspection(2022, 'basically_qualified', '2023-05-20'))
      .when({ at: '2023-06-01' })
      .thenNothing()
  })

  it('asks for a verification evaluation instead under the 2026 measures', () => {
    spec
      .given(
        founded,
        graded('3A', '2024-12-20', '2029-12-19'),
        inspection(2024, 'basically_qualified', '2025-05-20'),
        inspection(2025, 'basically_qualified', '2026-05-20'),
      )
      .when({ at: '2026-06-01' })
      .then([{ rule: 'EV-17', oblige: 'verify_grade', who: 'registrar', due: null }])
  })

  it('asks for nothing under the 2026 measures when the inspections are qualified', () => {
    spec
      .given(
        founded,
        graded('3A', '2024-12-20', '2029-12-19'),
        inspection(2025, 'qualified', '2026-05-20'),
      )
      .when({ at: '2026-06-01' })
      .thenNothing()
  })
})

describe('EV-17.inspection inspection failed or missed', () => {
  const spec = specOf('EV-17.inspection', cnPolicy)

  it('proposes a downgrade on the unqualified ground', () => {
    spec
      .given(founded, grade, inspection(2022, 'unqualified', '2023-05-20'))
      .when({ at: '2023-06-01' })
      .then([
        {
          rule: 'EV-17.inspection',
          propose: 'GradeDowngraded',
          data: {
            from: '3A',
            to: '2A',
            ground: 'unqualified_or_not_inspected',
            department: '上海市浦东新区民政局',
            coolOffUntil: '2025-05-19',
          },
        },
      ])
  })

  it('does nothing within a year of an earlier grade action', () => {
    spec
      .given(founded, grade, inspection(2022, 'unqualified', '2023-05-20'), {
        type: 'GradeDowngraded',
        effectiveAt: '2023-05-25',
        data: { from: '3A', to: '2A', ground: 'penalty', department: '上海市浦东新区民政局' },
      })
      .when({ at: '2023-06-01' })
      .thenNothing()
  })
})

describe('EV-17.penalty penalised while graded', () => {
  const spec = specOf('EV-17.penalty', cnPolicy)

  it('proposes a downgrade for a penalty within the last year', () => {
    spec
      .given(founded, grade, warning('2023-03-10'))
      .when({ at: '2023-06-01' })
      .then([{ rule: 'EV-17.penalty', propose: 'GradeDowngraded', effectiveAt: '2023-03-10' }])
  })

  it('does nothing for a penalty more than a year old', () => {
    spec.given(founded, grade, warning('2022-03-10')).when({ at: '2023-06-01' }).thenNothing()
  })
})

describe('EV-22 re-evaluation in the first four years (2026 measures)', () => {
  const spec = specOf('EV-22', cnPolicy)
  const held = graded('4A', '2026-10-10', '2031-12-31', '2027-01-01')

  it('grants eligibility through the last day of the fourth year', () => {
    spec
      .given(founded, held)
      .when({ at: '2030-12-31' })
      .then([{ rule: 'EV-22', grant: 'evaluation', from: '2027-01-01', until: '2030-12-31' }])
  })

  it('does not grant it the day after, nor before the grade is in force', () => {
    spec.given(founded, held).when({ at: '2031-01-01' }).thenNothing()
    spec.given(founded, held).when({ at: '2026-12-31' }).thenNothing()
  })

  it('leaves a grade announced under Order 39 its renewal in the last two years', () => {
    const older = graded('3A', '2024-12-20', '2029-12-19')
    spec.given(founded, older).when({ at: '2027-12-19' }).thenNothing()
    spec
      .given(founded, older)
      .when({ at: '2027-12-20' })
      .then([{ rule: 'EV-22', grant: 'evaluation', from: '2027-12-20', until: '2029-12-19' }])
  })
})
