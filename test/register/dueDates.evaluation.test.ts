import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { cnPolicy } from '../../src/policies'
import { dueDates, runRules } from '../../src/register'
import {
  evaluationLedger,
  evaluationSteps,
  graded,
  REGISTRAR,
  step,
} from '../ledger/evaluationFixtures'
import { FOUNDATION, GROUP, registration } from '../ledger/fixtures'

// A social group waits for the answer to its review request; a foundation's 4A grade, with
// its certificate out, was lowered. The nightly run sees both, and the due-date read model lists
// what the registrar and the foundation owe, by when.

const waiting = evaluationSteps(GROUP)
const group: EntryInput[] = [
  registration(GROUP),
  waiting.applied,
  waiting.eligible,
  waiting.assigned,
  waiting.scored,
  waiting.noticed,
  step(GROUP, 'EvaluationReviewRequested', '2025-07-03', { reason: '两个服务项目未计分' }),
]
const foundation: EntryInput[] = [
  registration(FOUNDATION),
  graded(FOUNDATION, '2025-05-08', '4A'),
  step(FOUNDATION, 'EvaluationCertificateIssued', '2025-05-20', {
    grade: '4A',
    number: '沪评证字第2025-0107号',
    plaque: true,
  }),
  step(FOUNDATION, 'GradeDowngraded', '2025-07-01', {
    from: '4A',
    to: '3A',
    ground: 'penalty',
    department: REGISTRAR,
  }),
]

describe('dueDates: the duties of the evaluation procedure', () => {
  it('lists the review answer (EV-10), the certificate’s return (EV-19) and the report upward (EV-07) with their due days', async () => {
    const { ledger } = evaluationLedger()
    for (const input of [...group, ...foundation]) await ledger.append(input)
    const run = await runRules(ledger, cnPolicy, { from: '2025-07-01', to: '2025-07-10' })
    const page = dueDates(run.state, { from: '2025-07-01', to: '2025-12-31' })
    const evaluation = page.items
      .filter((item) => ['EV-07', 'EV-10', 'EV-19'].includes(item.rule))
      .map((item) => [item.due, item.org, item.rule, item.who, item.state])
    expect(evaluation).toEqual([
      ['2025-07-16', FOUNDATION, 'EV-19', 'organization', 'due'],
      ['2025-07-18', GROUP, 'EV-10', 'registrar', 'due'],
      ['2025-12-31', FOUNDATION, 'EV-07', 'registrar', 'due'],
    ])
  })

  it('drops an obligation once it is met: the answer and the return are recorded', async () => {
    const { ledger } = evaluationLedger()
    for (const input of [...group, ...foundation]) await ledger.append(input)
    await ledger.append(
      step(GROUP, 'EvaluationReviewAnswered', '2025-07-08', {
        outcome: 'maintained',
        answeredBy: 'review_committee',
      }),
    )
    await ledger.append(
      step(FOUNDATION, 'EvaluationCertificateReturned', '2025-07-09', { plaque: true }),
    )
    const run = await runRules(ledger, cnPolicy, { from: '2025-07-01', to: '2025-07-10' })
    const rules = dueDates(run.state, { from: '2025-07-01', to: '2025-12-31' }).items.map(
      (item) => item.rule,
    )
    expect(rules).toContain('EV-07')
    expect(rules).not.toContain('EV-10')
    expect(rules).not.toContain('EV-19')
  })
})
