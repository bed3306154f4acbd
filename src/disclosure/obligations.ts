import type { CreditFile } from '../credit-file'
import { dayOf, type HolidayCalendar } from '../time'
import { annualReportObligations } from './annualReportObligations'
import type { DisclosurePolicy } from './disclosurePolicy'
import { fundraisingObligations } from './fundraisingObligations'
import { objectionObligations } from './objectionObligations'
import type { Obligation } from './obligation'

/**
 * What the policy requires to be disclosed or answered, and where each duty stands on `at`:
 * annual reports and their audits, fundraising progress and completion, and the authority's
 * answer to objections. Read the file as of `at`. An overdue annual report is what the
 * abnormal-list rule (AB-01) reads.
 *
 * @example
 * obligations(policy, await ledger.creditFile(org, { asOf: '2025-06-01' }), { at: '2025-06-01' })
 *   .filter((duty) => duty.status === 'overdue')
 */
export function obligations(
  policy: DisclosurePolicy,
  file: CreditFile,
  options: { readonly at: string; readonly holidays?: HolidayCalendar },
): Obligation[] {
  const at = dayOf(options.at)
  const rules = policy.obligations
  return [
    ...annualReportObligations(rules, file, at),
    ...fundraisingObligations(rules, file, at),
    ...objectionObligations(rules, file, at, options.holidays),
  ].sort((a, b) => (a.dueOn === b.dueOn ? (a.id < b.id ? -1 : 1) : a.dueOn < b.dueOn ? -1 : 1))
}
