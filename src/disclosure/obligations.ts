import { checkArgument, expectObject } from '../_internal/arguments'
import { type CreditFile, creditFileSchema } from '../credit-file'
import { type DisclosurePolicy, disclosurePolicy } from '../rules'
import { dayOf, type HolidayCalendar, holidayCalendarSchema } from '../time'
import { annualReportObligations } from './annualReportObligations'
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
  const rules = disclosurePolicy(policy).obligations
  checkArgument(creditFileSchema, file, 'file')
  expectObject(options, 'options')
  const at = dayOf(options.at)
  if (options.holidays !== undefined)
    checkArgument(holidayCalendarSchema, options.holidays, 'options.holidays')
  return [
    ...annualReportObligations(rules, file, at),
    ...fundraisingObligations(rules, file, at),
    ...objectionObligations(rules, file, at, options.holidays),
  ].sort((a, b) => (a.dueOn === b.dueOn ? (a.id < b.id ? -1 : 1) : a.dueOn < b.dueOn ? -1 : 1))
}
