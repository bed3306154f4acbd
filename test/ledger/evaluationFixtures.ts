import { expect } from 'vitest'
import { createLedger, type Ledger } from '../../src/createLedger'
import type { Issue } from '../../src/errors'
import { nationalIndicatorSets } from '../../src/evaluation'
import type { EntryData, EntryType } from '../../src/events/catalogue'
import type { Person } from '../../src/events/personalData'
import type { EntryInput } from '../../src/ledger/entryInput'
import { memoryStore } from '../../src/store'
import type { EventStore } from '../../src/store/eventStore'
import { fixedClock } from '../../src/time'
import { GROUP, registration, signer } from './fixtures'

// An evaluation as a Shanghai registrar records it, step by step, in 2025 under Order 39.

export const REGISTRAR = '上海市民政局'

/** A ledger whose clock reads 1 September 2026 (or `now`), after every step of 2025 and 2026. */
export function evaluationLedger(
  store: EventStore = memoryStore(),
  now = '2026-09-01T00:00:00Z',
): { ledger: Ledger; store: EventStore } {
  const ledger = createLedger({ store, clock: fixedClock(now, 1000), signer })
  return { ledger, store }
}

/** One entry of type `type` for `org` on `on`. */
export function step<T extends EntryType>(
  org: string,
  type: T,
  on: string,
  data: EntryData<T>,
  personal?: readonly Person[],
): EntryInput {
  return {
    org,
    type,
    effectiveAt: on,
    by: REGISTRAR,
    data,
    ...(personal === undefined ? {} : { personal }),
  } as EntryInput
}

/** The three members of the panel, named beside the entry that assigns it. */
export const PANEL_PEOPLE: readonly Person[] = [
  { role: 'registrar', name: '陈志明' },
  { role: 'business_guidance', name: '刘红梅' },
  { role: 'expert', name: '周建华' },
]

/** The steps of a social group's evaluation in 2025, by name. */
export interface EvaluationSteps {
  readonly applied: EntryInput
  readonly eligible: EntryInput
  readonly assigned: EntryInput
  readonly scored: EntryInput
  readonly noticed: EntryInput
  readonly requested: EntryInput
  readonly answered: EntryInput
  readonly graded: EntryInput
  readonly certificate: EntryInput
}

/** Every step of a social group's evaluation in 2025, application to certificate, in order. */
export function wholeEvaluation(org: string = GROUP): EntryInput[] {
  return Object.values(evaluationSteps(org))
}

/** The steps of `wholeEvaluation`, by name. */
export function evaluationSteps(org: string = GROUP): EvaluationSteps {
  const [applied, eligible, assigned, scored, noticed, requested, answered, grade, certificate] = [
    step(org, 'EvaluationApplied', '2025-03-01', {
      evaluationKind: 'comprehensive',
      occasion: 'initial',
    }),
    step(org, 'EvaluationEligibilityDecided', '2025-03-20', {
      eligible: true,
      department: REGISTRAR,
    }),
    step(
      org,
      'EvaluatorAssigned',
      '2025-04-10',
      {
        evaluator: {
          type: 'panel',
          committee: '上海市社会组织评估委员会',
          members: [{ role: 'registrar' }, { role: 'business_guidance' }, { role: 'expert' }],
        },
      },
      PANEL_PEOPLE,
    ),
    step(org, 'EvaluationScored', '2025-06-15', scoreSheet(918)),
    step(org, 'EvaluationResultNoticed', '2025-07-01', {
      proposedGrade: '4A',
      score: 918,
      period: { from: '2025-07-01', to: '2025-07-07' },
    }),
    step(org, 'EvaluationReviewRequested', '2025-07-05', { reason: '两个服务项目未计分' }),
    step(org, 'EvaluationReviewAnswered', '2025-07-18', {
      outcome: 'maintained',
      answeredBy: 'review_committee',
    }),
    graded(org, '2025-08-01', '4A'),
    step(org, 'EvaluationCertificateIssued', '2025-08-20', {
      grade: '4A',
      number: '沪评证字第2025-0418号',
      plaque: true,
    }),
  ] as const
  return {
    applied,
    eligible,
    assigned,
    scored,
    noticed,
    requested,
    answered,
    graded: grade,
    certificate,
  }
}

/**
 * A score sheet of the national comprehensive indicator set adding up to `total`: each
 * indicator given the same share of its maximum.
 */
export function scoreSheet(total: number): {
  indicatorSet: string
  points: Record<string, number>
  total: number
} {
  const set = nationalIndicatorSets.find((s) => s.evaluationKind === 'comprehensive')
  if (set === undefined) throw new Error('no comprehensive indicator set')
  const points: Record<string, number> = {}
  for (const category of set.categories) {
    for (const indicator of category.indicators) {
      points[indicator.id] = (indicator.maxPoints * total) / 1000
    }
  }
  return { indicatorSet: set.id, points, total }
}

/** A score inside each grade's band of the shipped local bands (EV-27). */
export const SCORE_OF: Readonly<Record<EntryData<'EvaluationGraded'>['grade'], number>> = {
  '5A': 960,
  '4A': 918,
  '3A': 880,
  '2A': 830,
  '1A': 780,
}

/** A grade announced on `on`; its validity is the measures'. */
export function graded(
  org: string,
  on: string,
  grade: EntryData<'EvaluationGraded'>['grade'],
  kind: 'comprehensive' | 'standardisation' = 'comprehensive',
): EntryInput {
  return step(org, 'EvaluationGraded', on, {
    grade,
    score: SCORE_OF[grade],
    evaluator: '上海市社会组织评估委员会',
    evaluatorType: 'panel',
    evaluationKind: kind,
    announcedOn: on,
  })
}

/** A ledger holding the registration of `org` and then `entries`, appended one by one. */
export async function recorded(
  entries: readonly EntryInput[],
  org: string = GROUP,
): Promise<{ ledger: Ledger; store: EventStore }> {
  const made = evaluationLedger()
  await made.ledger.append(registration(org))
  for (const entry of entries) await made.ledger.append(entry)
  return made
}

/** The issues of an append the ledger refuses; fails the test if it accepts it. */
export async function refused(
  ledger: Ledger,
  input: EntryInput | EntryInput[],
): Promise<readonly Issue[]> {
  const result = await ledger.safeAppend(input)
  expect(result.success, 'the ledger refuses the entry').toBe(false)
  return result.success ? [] : result.issues
}
