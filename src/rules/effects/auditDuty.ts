import * as z from 'zod'
import type { CreditFile } from '../../credit-file'
import { type OrgKind, orgKinds } from '../orgKind'
import type { Enum, Frozen, List, Opt, Strict } from '../schemaTypes'
import { annualReportYears, firstFiling, needsAnnualReport } from './annualReportYears'
import { type DutyModule, dutyModule, stateOf } from './dutyModule'
import { noIssues } from './effectModule'

/** Checks an `auditDuty` effect. */
export const auditDutySchema: Strict<{
  kind: z.ZodLiteral<'auditDuty'>
  kinds: List<Enum<OrgKind>>
  fundraisingCharities: Opt<z.ZodBoolean>
}> = z.strictObject({
  kind: z.literal('auditDuty'),
  kinds: z.array(z.enum(orgKinds)).readonly(),
  fundraisingCharities: z.boolean().optional(),
})

/** Each year's report carries an audit, for the kinds named and, if asked, fundraising charities. */
export type AuditDutyEffect = Frozen<z.output<typeof auditDutySchema>>

/**
 * The CPA audit each year's annual report must carry (AI-03, AI-04): for organizations of
 * `kinds`, and with `fundraisingCharities` for a charity that held the public-fundraising
 * qualification at some time in the year. Due with the year's report, as the policy's
 * `annualReport` says.
 */
export function fileAudits(options: {
  readonly kinds: readonly OrgKind[]
  readonly fundraisingCharities?: boolean
}): AuditDutyEffect {
  return { kind: 'auditDuty', ...options }
}

/**
 * `auditDuty`: one `file_audit_report` obligation per report year that needs an audit (key
 * `2023`), done by the year's first filing that says it is audited.
 */
export const auditDutyKind: DutyModule<'auditDuty'> = dutyModule({
  obliges: ['file_audit_report'],
  who: 'organization',
  check: noIssues,
  checkInPolicy: (_, path, policy) => needsAnnualReport(path, policy),
  instances(effect, input) {
    const { file, kind, at } = input.context
    const always = kind !== null && effect.kinds.includes(kind)
    // Most organizations never owe an audit: no need to read their years.
    const fundraising = effect.fundraisingCharities === true && raisedFundsSince(file) !== null
    if (!always && !fundraising) return { instances: [], next: null }
    const owed = annualReportYears(input)
    const registration = owed.registration === null ? [] : [owed.registration]
    const years = owed.years.filter(
      (found) =>
        always || (effect.fundraisingCharities === true && raisedFundsIn(file, found.year)),
    )
    return {
      next: owed.next,
      instances: years.map((found) => {
        const audited = firstFiling(found.filings, (filing) => filing.audited)
        const doneOn = audited?.filedOn ?? null
        return {
          duty: 'file_audit_report',
          key: String(found.year),
          year: found.year,
          due: found.due,
          state: stateOf(found.due, doneOn, at),
          basedOn: [],
          doneOn,
          doneBy: audited?.seq ?? null,
          inputs: audited === undefined ? registration : [...registration, audited.seq],
        }
      }),
    }
  },
  label: () => ({ zh: '报送注册会计师审计报告', en: 'file the CPA audit report' }),
  what: (decision) => {
    const year = decision.instance?.year
    return year === undefined || year === null
      ? { zh: '报送注册会计师审计报告', en: 'file the CPA audit report' }
      : { zh: `报送${year}年度注册会计师审计报告`, en: `file the CPA audit report for ${year}` }
  },
})

/** The day a charity was last granted the public-fundraising qualification; `null` for any other organization. */
function raisedFundsSince(file: CreditFile): string | null {
  return file.identity.charity ? file.identity.publicFundraising.since : null
}

/** A charity that held the public-fundraising qualification on some day of `year`. */
function raisedFundsIn(file: CreditFile, year: number): boolean {
  const since = raisedFundsSince(file)
  if (since === null) return false
  const ended = file.identity.publicFundraising.revokedOn
  return since <= `${year}-12-31` && (ended === null || ended >= `${year}-01-01`)
}
