import { definePolicy, type Policy } from '../../rules'
import { abnormalListRules } from './abnormalList'
import { annualInspectionRules } from './annualInspection'
import { nationalAnnualReports } from './annualReports'
import { cnHolidays } from './cnHolidays'
import { type CnPolicyParameters, parseCnPolicyParameters } from './cnPolicyParameters'
import { creditInformationRules } from './creditInformation'
import { deregistrationRules } from './deregistration'
import { donationDeductionRules } from './donationDeduction'
import { evaluationRules } from './evaluation'
import { evaluation2011Rules } from './evaluation2011'
import { evaluation2026Rules } from './evaluation2026'
import { evaluationProcedureRules } from './evaluationProcedure'
import { foundationSpendingRules } from './foundationSpending'
import { fundraisingRules } from './fundraising'
import { fundraising2016Rules } from './fundraising2016'
import { fundraisingPlanRules } from './fundraisingPlans'
import { jointMatrixRules } from './jointMatrix'
import { liquidationRules } from './liquidation'
import { nationalDisclosurePolicy } from './nationalDisclosurePolicy'
import { objectionAnswerRule } from './objectionAnswer'
import { partyOrganizationRules } from './partyOrganization'
import { seriousListRules } from './seriousList'
import { unreachableRules } from './unreachable'

/**
 * The national pack with some parameters changed: the period convention, the draft-only
 * removal timings, the AI-08 threshold, how activities reach the record (DR-02, DR-08), the
 * registrar's answer to objections (RT-02) and the working-day calendar. Throws `INVALID_INPUT`
 * with zod's issues for parameters it cannot use.
 *
 * @example
 * const anniversary = cnPolicyWith({ convention: 'calendar' })
 * evaluate(anniversary, file, { at: '2023-06-01' }) // SL-01 one day earlier than under cnPolicy
 * cnPolicyWith({ objectionAnswerWithin: { days: 20 } }) // RT-02: the registrar answers in 20 days
 */
export function cnPolicyWith(parameters: Partial<CnPolicyParameters>): Policy {
  const chosen = parseCnPolicyParameters(parameters)
  return definePolicy({
    name: 'cn-national',
    version: '2026.1',
    convention: chosen.convention,
    annualReport: nationalAnnualReports,
    calendar: chosen.calendar ?? cnHolidays,
    disclosure: nationalDisclosurePolicy,
    rules: [
      ...creditInformationRules(),
      ...abnormalListRules(chosen),
      ...seriousListRules(),
      ...evaluationRules(),
      ...evaluation2011Rules(),
      ...evaluation2026Rules(),
      ...evaluationProcedureRules(),
      ...annualInspectionRules(chosen),
      ...deregistrationRules(chosen),
      ...fundraising2016Rules(),
      ...fundraisingRules(),
      ...jointMatrixRules(),
      ...(chosen.objectionAnswerWithin === null
        ? []
        : [objectionAnswerRule(chosen.objectionAnswerWithin)]),
      ...partyOrganizationRules(chosen),
      ...unreachableRules(chosen),
      ...fundraisingPlanRules(),
      ...foundationSpendingRules(),
      ...liquidationRules(),
      ...donationDeductionRules(),
    ],
  })
}

/**
 * The national policy pack for Chinese social organizations: the rules of Order 60 (both
 * lists), the evaluation measures of 2011 and 2026, annual reports, revocation and
 * deregistration, public fundraising and the joint punishment matrix, each citing its source.
 * Periods count by the Civil Code. See docs/policies.md for every rule and choice.
 *
 * @example
 * const decisions = evaluate(cnPolicy, await ledger.creditFile(org, { asOf: '2023-06-02' }), { at: '2023-06-02' })
 */
export const cnPolicy: Policy = /* @__PURE__ */ cnPolicyWith({})
