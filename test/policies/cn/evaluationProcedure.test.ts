import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import {
  applied,
  certificateIssued,
  certificateReturned,
  noticed,
  reviewAnswered,
  reviewRequested,
} from '../evaluationHistory'
import { downgraded, gradeCancelled, graded, registered, specOf } from '../history'

const founded = registered('2019-03-01')

describe('EV-07 4A and 5A grades reported upward by 31 December', () => {
  const spec = specOf('EV-07', cnPolicy)

  it('obliges the registrar from the announcement to 31 December of that year', () => {
    spec
      .given(founded, graded('4A', '2025-08-01', '2030-07-31'))
      .when({ at: '2025-08-01' })
      .then([
        {
          rule: 'EV-07',
          oblige: 'report_grade_upward',
          who: 'registrar',
          due: '2025-12-31',
          state: 'due',
        },
      ])
      .thenNextChange('2026-01-01')
  })

  it('is still due on 31 December and gone on 1 January', () => {
    const history = [founded, graded('5A', '2025-08-01', '2030-07-31')]
    spec
      .given(...history)
      .when({ at: '2025-12-31' })
      .then([{ rule: 'EV-07', state: 'due' }])
    spec
      .given(...history)
      .when({ at: '2026-01-01' })
      .thenNothing()
  })

  it('asks nothing for a 3A grade', () => {
    spec
      .given(founded, graded('3A', '2025-08-01', '2030-07-31'))
      .when({ at: '2025-08-01' })
      .thenNothing()
  })

  it('asks nothing of the Ministry for a national-level organization', () => {
    spec
      .given(
        registered('2019-03-01', 'social_group', { registrarLevel: 'national' }),
        graded('5A', '2025-08-01', '2030-07-31'),
      )
      .when({ at: '2025-08-01' })
      .thenNothing()
  })
})

describe('EV-10 a review request answered in writing within 15 days', () => {
  const spec = specOf('EV-10', cnPolicy)
  const requested = [
    founded,
    applied('2025-03-01'),
    noticed('2025-07-01', '2025-07-07'),
    reviewRequested('2025-07-03'),
  ]

  it('obliges the registrar from the request, due 15 days after it', () => {
    spec
      .given(...requested)
      .when({ at: '2025-07-03' })
      .then([
        {
          rule: 'EV-10',
          oblige: 'answer_review',
          who: 'registrar',
          due: '2025-07-18',
          state: 'due',
        },
      ])
  })

  it('is due, not overdue, on the 15th day and overdue on the 16th', () => {
    spec
      .given(...requested)
      .when({ at: '2025-07-18' })
      .then([{ rule: 'EV-10', state: 'due' }])
    spec
      .given(...requested)
      .when({ at: '2025-07-19' })
      .then([{ rule: 'EV-10', state: 'overdue' }])
  })

  it('is met by an answer on the 15th day: nothing is owed on the 16th', () => {
    spec
      .given(...requested, reviewAnswered('2025-07-18'))
      .when({ at: '2025-07-19' })
      .thenNothing()
  })

  it('is overdue on the 16th day when the answer comes only on the 17th, and met from then', () => {
    const late = [...requested, reviewAnswered('2025-07-20')]
    spec
      .given(...late)
      .when({ at: '2025-07-19' })
      .then([{ rule: 'EV-10', state: 'overdue', due: '2025-07-18' }])
    spec
      .given(...late)
      .when({ at: '2025-07-20' })
      .thenNothing()
  })

  it('asks nothing before the request is filed', () => {
    spec
      .given(...requested)
      .when({ at: '2025-07-02' })
      .thenNothing()
  })
})

describe('EV-19 a certificate called back is returned within 15 days', () => {
  const spec = specOf('EV-19', cnPolicy)
  const certified = [
    founded,
    graded('3A', '2021-12-20', '2026-12-19'),
    certificateIssued('2022-01-10'),
  ]

  it('sets the return due 15 days after the cancellation', () => {
    spec
      .given(...certified, gradeCancelled('2023-03-01'))
      .when({ at: '2023-03-05' })
      .then([
        {
          rule: 'EV-19',
          oblige: 'return_certificate',
          who: 'organization',
          due: '2023-03-16',
          state: 'due',
        },
      ])
  })

  it('stays overdue until the certificate is returned, however long that takes', () => {
    const cancelled = [...certified, gradeCancelled('2023-03-01')]
    spec
      .given(...cancelled)
      .when({ at: '2023-03-17' })
      .then([{ rule: 'EV-19', state: 'overdue' }])
    spec
      .given(...cancelled)
      .when({ at: '2024-03-01' })
      .then([{ rule: 'EV-19', state: 'overdue' }])
  })

  it('is met once the return is recorded', () => {
    const returned = [...certified, gradeCancelled('2023-03-01'), certificateReturned('2023-03-10')]
    spec
      .given(...returned)
      .when({ at: '2023-03-09' })
      .then([{ rule: 'EV-19', state: 'due' }])
    spec
      .given(...returned)
      .when({ at: '2023-03-10' })
      .thenNothing()
  })

  it('calls the certificate back on a downgrade too', () => {
    spec
      .given(...certified, downgraded('2023-06-01'))
      .when({ at: '2023-06-01' })
      .then([{ rule: 'EV-19', due: '2023-06-16', state: 'due' }])
  })

  it('asks nothing when no certificate is on record for the grade', () => {
    spec
      .given(founded, graded('3A', '2021-12-20', '2026-12-19'), gradeCancelled('2023-03-01'))
      .when({ at: '2023-03-05' })
      .thenNothing()
  })
})
