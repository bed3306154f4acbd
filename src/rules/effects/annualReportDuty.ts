import * as z from 'zod'
import type { Frozen, Strict } from '../schemaTypes'
import { annualReportYears, firstFiling, needsAnnualReport } from './annualReportYears'
import { type DutyModule, dutyModule } from './dutyModule'
import { noIssues } from './effectModule'

/** Checks an `annualReportDuty` effect. */
export const annualReportDutySchema: Strict<{ kind: z.ZodLiteral<'annualReportDuty'> }> =
  z.strictObject({ kind: z.literal('annualReportDuty') })

/** Each year's annual work report, due as the policy's `annualReport` says. */
export type AnnualReportDutyEffect = Frozen<z.output<typeof annualReportDutySchema>>

/**
 * The annual work report for every year from the founding (AI-01 to AI-03), each due as the
 * policy's `annualReport` says: exempt years skipped, none after a closure.
 */
export function fileAnnualReports(): AnnualReportDutyEffect {
  return { kind: 'annualReportDuty' }
}

const STATE = { pending: 'due', missing: 'overdue', on_time: 'done', late: 'done' } as const

/**
 * `annualReportDuty`: one `file_annual_report` obligation per report year (key `2023`), done
 * by the year's first filing that counts (with the body `filedWith` names), late or not.
 */
export const annualReportDutyKind: DutyModule<'annualReportDuty'> = dutyModule({
  obliges: ['file_annual_report'],
  who: 'organization',
  check: noIssues,
  checkInPolicy: (_, path, policy) => needsAnnualReport(path, policy),
  instances(_, input) {
    const owed = annualReportYears(input)
    const registration = owed.registration === null ? [] : [owed.registration]
    return {
      next: owed.next,
      instances: owed.years.map((found) => {
        const first = firstFiling(found.filings)
        const state = found.state === 'exempt' ? 'due' : STATE[found.state]
        return {
          duty: 'file_annual_report',
          key: String(found.year),
          year: found.year,
          due: found.due,
          state,
          basedOn: [],
          doneOn: first?.filedOn ?? null,
          doneBy: first?.seq ?? null,
          inputs: first === undefined ? registration : [...registration, first.seq],
        }
      }),
    }
  },
  label: () => ({ zh: '报送年度工作报告', en: 'file the annual report' }),
  what: (decision) => {
    const year = decision.instance?.year
    return year === undefined || year === null
      ? { zh: '报送年度工作报告', en: 'file the annual report' }
      : { zh: `报送${year}年度工作报告`, en: `file the ${year} annual report` }
  },
})
