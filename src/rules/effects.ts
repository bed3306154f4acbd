import { fileAnnualReports } from './effects/annualReportDuty'
import { fileAudits } from './effects/auditDuty'
import { bar } from './effects/bar'
import { cancelGrade } from './effects/cancelGrade'
import { enterCreditInformation } from './effects/creditEntryDuty'
import { downgrade } from './effects/downgrade'
import { escalate } from './effects/escalate'
import { reportFundraising } from './effects/fundraisingDuty'
import { fileFundraisingPlans } from './effects/fundraisingPlanDuty'
import { grant } from './effects/grant'
import { list } from './effects/list'
import { answerObjections } from './effects/objectionAnswerDuty'
import { oblige } from './effects/obligation'
import { propose } from './effects/propose'
import { recommendBan, recommendDeregistration, recommendRevocation } from './effects/recommend'
import { remove } from './effects/remove'

/**
 * Builders of effects, one module per kind under effects/. Every proposal says its `mode`:
 * `automatic` entries are appended by `apply`; `needs_decision` ones wait for an authority.
 * Recommendations always wait. The duties (`fileAnnualReports`, `fileAudits`,
 * `reportFundraising`, `answerObjections`, `enterCreditInformation`) set one obligation per
 * instance: a year, a campaign's report, an objection, an entry of credit information.
 *
 * @example
 * then: [...effects.escalate({ mode: 'automatic' }), effects.bar('funding')]
 */
export const effects: {
  /** Put the organization on a list, citing the entries behind the decision in `basedOn`. */
  readonly list: typeof list
  /** End every open stay on the list (of the `listed` reasons), one proposal per stay. */
  readonly remove: typeof remove
  /** Move from the abnormal list to the serious list (AB-12, SL-01): list there, remove here. */
  readonly escalate: typeof escalate
  /** Lower the grade to `to`, or one step, with an optional cool-off (EV-17, EV-18). */
  readonly downgrade: typeof downgrade
  /** Cancel the grade held, on a ground, with an optional cool-off (EV-17, EV-18). */
  readonly cancelGrade: typeof cancelGrade
  /** Recommend revoking the certificate or cancelling the registration; an authority decides. */
  readonly recommendRevocation: typeof recommendRevocation
  /** Recommend deregistering the organization; an authority decides. */
  readonly recommendDeregistration: typeof recommendDeregistration
  /** Recommend banning the organization; an authority decides. */
  readonly recommendBan: typeof recommendBan
  /** Propose a fixed entry of any type that amends nothing; its payload is checked when the policy is built. */
  readonly propose: typeof propose
  /** The organization is eligible for a benefit while the condition holds. */
  readonly grant: typeof grant
  /** The organization is barred from a benefit while the condition holds, whatever grants it. */
  readonly bar: typeof bar
  /** Set an obligation; `due` and `opens` count from `since` or a fact the condition reports. */
  readonly oblige: typeof oblige
  /**
   * The annual work report for every year from the founding, due as the policy's `annualReport`
   * says (AI-01 to AI-03): one obligation per year, exempt years skipped, none after a closure.
   */
  readonly fileAnnualReports: typeof fileAnnualReports
  /** The CPA audit each year's report carries, for the kinds named and, if asked, fundraising charities (AI-03, AI-04). */
  readonly fileAudits: typeof fileAudits
  /** Progress reports of a long campaign or project every `every`, and a full account within `completionWithin` of its end (CH-05). */
  readonly reportFundraising: typeof reportFundraising
  /** The registrar answers each objection within a period, by the Civil Code and the policy's calendar (RT-02). */
  readonly answerObjections: typeof answerObjections
  /** The registrar enters each piece of credit information within working days of forming or obtaining it (CR-04). */
  readonly enterCreditInformation: typeof enterCreditInformation
  /** Each filed plan's filing, publication and length, and an emergency campaign's receipts (CH-03, CH-04). */
  readonly fileFundraisingPlans: typeof fileFundraisingPlans
} = {
  list,
  remove,
  escalate,
  downgrade,
  cancelGrade,
  recommendRevocation,
  recommendDeregistration,
  recommendBan,
  propose,
  grant,
  bar,
  oblige,
  fileAnnualReports,
  fileAudits,
  reportFundraising,
  answerObjections,
  enterCreditInformation,
  fileFundraisingPlans,
}
