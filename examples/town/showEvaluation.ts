import {
  cnPolicy,
  type EntryInput,
  evaluate,
  type Ledger,
  nationalIndicatorSets,
  organizationCodeCheckCharacter,
  render,
  usccCheckCharacter,
} from '../../src/index'
import { town } from './organizations'

const REGISTRAR = '上海市金山区民政局'
// A third-party evaluator registered as a social service organization in the district: its
// code's two check characters computed, as a registrar's system would.
const INNER = 'MJ4E0001'
const FIRST17 = `52310116${INNER}${organizationCodeCheckCharacter(INNER)}`
const EVALUATOR = `${FIRST17}${usccCheckCharacter(FIRST17)}`

/**
 * One evaluation from application to certificate, for the demo: the disability service
 * centre, whose 4A of 2019 expired in 2024, applies again under the 2026 measures. Each step is
 * recorded on its day; then the credit file's evaluation, the grade's validity as the measures
 * give it, and the duty it leaves the registrar. Returns whether it came out as the measures say.
 */
export async function showEvaluation(
  ledger: Ledger,
  clock: { set(instant: string): void },
): Promise<boolean> {
  const org = town[3]?.org as string
  const standardisation = nationalIndicatorSets.find((s) => s.evaluationKind === 'standardisation')
  if (standardisation === undefined) return false
  // 920 points, each indicator scored the same share of its maximum.
  const points = Object.fromEntries(
    standardisation.categories.flatMap((category) =>
      category.indicators.map((indicator) => [indicator.id, (indicator.maxPoints * 92) / 100]),
    ),
  )
  const steps: [string, EntryInput][] = [
    [
      '2026-06-10',
      at(org, 'EvaluationApplied', '2026-06-10', {
        evaluationKind: 'standardisation',
        occasion: 'renewal',
      }),
    ],
    [
      '2026-06-22',
      at(org, 'EvaluationEligibilityDecided', '2026-06-22', {
        eligible: true,
        department: REGISTRAR,
      }),
    ],
    [
      '2026-06-26',
      at(org, 'EvaluatorAssigned', '2026-06-26', {
        evaluator: { type: 'third_party', name: '金山区社会组织评估中心', uscc: EVALUATOR },
      }),
    ],
    [
      '2026-07-20',
      at(org, 'EvaluationScored', '2026-07-20', {
        indicatorSet: standardisation.id,
        points,
        total: 920,
      }),
    ],
    [
      '2026-07-24',
      at(org, 'EvaluationResultNoticed', '2026-07-24', {
        proposedGrade: '4A',
        score: 920,
        period: { from: '2026-07-24', to: '2026-07-30' },
      }),
    ],
    [
      '2026-08-10',
      at(org, 'EvaluationGraded', '2026-08-10', {
        grade: '4A',
        score: 920,
        evaluator: '金山区社会组织评估中心',
        evaluatorType: 'third_party',
        evaluationKind: 'standardisation',
        announcedOn: '2026-08-10',
      }),
    ],
    [
      '2026-08-25',
      at(org, 'EvaluationCertificateIssued', '2026-08-25', {
        grade: '4A',
        number: '沪金评证字第2026-0031号',
        plaque: true,
      }),
    ],
  ]
  for (const [day, step] of steps) {
    clock.set(`${day}T17:00:00+08:00`)
    await ledger.append(step)
  }
  const file = await ledger.creditFile(org, { asOf: '2026-09-01' })
  const evaluation = file.evaluations.at(-1)
  const grade = file.grade
  console.log(`\n── one evaluation, application to certificate (docs/evaluation-procedure.md) ──`)
  console.log(
    `${file.identity.name}: applied ${evaluation?.on}, scored ${evaluation?.score?.total} on ${standardisation.id}, noticed ${evaluation?.notice?.from}–${evaluation?.notice?.to}, graded ${evaluation?.grade} ${evaluation?.endedOn}, certificate ${evaluation?.certificate?.number}`,
  )
  console.log(
    `grade ${grade?.grade} valid ${grade?.validFrom} to ${grade?.validTo} (the ${grade?.measures} measures, EV-25); re-evaluation ${grade?.reEvaluation?.from} to ${grade?.reEvaluation?.to}`,
  )
  const duties = evaluate(cnPolicy, file, { at: '2026-09-01' }).filter(
    (decision) => decision.rule === 'EV-07',
  )
  for (const duty of duties) console.log(`  ${render(duty, 'zh')}\n  ${render(duty, 'en')}`)
  // A grade whose score is outside its band under the set in force is refused.
  const refused = await ledger.safeAppend(
    at(org, 'EvaluationGraded', '2026-08-25', {
      grade: '3A',
      score: 955,
      evaluator: '金山区社会组织评估中心',
      evaluatorType: 'third_party',
      evaluationKind: 'standardisation',
      announcedOn: '2026-08-25',
    }),
  )
  console.log(
    `a 3A grade scored 955: ${refused.success ? 'accepted' : refused.issues.map((i) => i.message).join('; ')}`,
  )
  return (
    grade?.validFrom === '2027-01-01' &&
    grade.validTo === '2031-12-31' &&
    evaluation?.certificate !== null &&
    duties.length === 1 &&
    !refused.success
  )
}

function at(org: string, type: string, effectiveAt: string, data: object): EntryInput {
  return { org, type, effectiveAt, by: REGISTRAR, data } as EntryInput
}
