import { expectObject } from '../_internal/arguments'
import type { CreditFile } from '../credit-file'
import { dutyHistory, type ObligationDecision, type Policy } from '../rules'
import { type Obligation, type ObligationKind, statusOf } from './obligation'

// The kind of duty each duty name of the rules' recurring duties is.
const KINDS: Readonly<Record<string, ObligationKind>> = {
  file_annual_report: 'annual_report',
  file_audit_report: 'audit',
  disclose_fundraising_progress: 'fundraising_progress',
  disclose_fundraising_completion: 'fundraising_completion',
  answer_objection: 'objection_answer',
  file_fundraising_plan: 'fundraising_plan_filing',
  publish_fundraising_plan: 'fundraising_plan_publication',
  correct_fundraising_plan: 'fundraising_plan_correction',
  disclose_emergency_receipts: 'emergency_receipts',
  enter_credit_information: 'credit_entry',
}

/**
 * Every instance of the duties the rules pack sets, and where each stands on `at`, history
 * included: each year's annual report and its audit, fundraising progress and completion per
 * campaign, the authority's answer to each objection, each fundraising plan's filing,
 * publication and correction, an emergency campaign's receipts, and the authority's entry of
 * each piece of credit information (CR-04: `done_late` for one entered after its due day).
 * They are the instances of the pack's rules in force on `at` that apply to the file's kind,
 * found by the same code `evaluate` decides them with; the due and overdue ones are exactly its obligation decisions of those duties. An
 * overdue annual report is what the abnormal-list rule (AB-01) reads. Read the file as of `at`.
 * Sorted by due day (one the pack's calendar cannot give yet last), then id.
 *
 * @example
 * obligations(cnPolicy, await ledger.creditFile(org, { asOf: '2025-06-01' }), { at: '2025-06-01' })
 *   .filter((duty) => duty.status === 'overdue')
 */
export function obligations(
  policy: Policy,
  file: CreditFile,
  options: { readonly at: string },
): Obligation[] {
  expectObject(options, 'options')
  const duties: Obligation[] = []
  for (const decision of dutyHistory(policy, file, { at: options.at })) {
    const kind = KINDS[decision.duty]
    if (kind === undefined || decision.instance === undefined) continue
    duties.push(obligationOf(decision, kind))
  }
  return duties.sort((a, b) => {
    if (a.dueOn === b.dueOn) return a.id < b.id ? -1 : 1
    if (a.dueOn === null || b.dueOn === null) return a.dueOn === null ? 1 : -1
    return a.dueOn < b.dueOn ? -1 : 1
  })
}

function obligationOf(decision: ObligationDecision, kind: ObligationKind): Obligation {
  const instance = decision.instance as NonNullable<ObligationDecision['instance']>
  const { source } = decision
  return {
    id: `${kind}:${instance.key}`,
    kind,
    party: decision.who === 'organization' ? 'organization' : 'authority',
    year: instance.year,
    dueOn: decision.due,
    status: statusOf(decision),
    doneOn: instance.doneOn,
    doneBy: instance.doneBy,
    basedOn: instance.basedOn,
    source: {
      id: decision.rule,
      instrument: source.instrument,
      ...(source.article === undefined ? {} : { article: source.article }),
    },
    ...(decision.issues === undefined ? {} : { issues: decision.issues }),
  }
}
