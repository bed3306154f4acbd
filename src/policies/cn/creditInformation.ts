import type { EntryType } from '../../events'
import { registeredKinds } from '../../identity'
import { effects, type Rule, rule, when } from '../../rules'
import { ORDER_60, ORDER_60_FROM } from './sources'

/** CR-04: working days the registrar has to enter credit information it formed or obtained. */
export const CREDIT_ENTRY_WORKING_DAYS = 5

/**
 * The credit information the registrar forms itself, or obtains on the day the entry takes
 * effect (a filing with it): what CR-04 can hold it to. Facts another department decided (its
 * penalties, a court's listing, a commendation, a purchase of services) and facts the
 * organization did and reports later (activities, disclosures) reach the registrar on a day the
 * record does not keep, so they are left out.
 */
export const REGISTRAR_FORMED: readonly EntryType[] = [
  'OrganizationRegistered',
  'OrganizationFiled',
  'RegistrationChanged',
  'ChangeRegistrationRevoked',
  'CharityRecognized',
  'PublicFundraisingQualificationGranted',
  'PublicFundraisingQualificationRevoked',
  'AnnualReportFiled',
  'AnnualInspectionConcluded',
  'RectificationOrdered',
  'EvaluationGraded',
  'GradeDowngraded',
  'GradeCancelled',
  'ListedOnAbnormalList',
  'RemovedFromAbnormalList',
  'ListedOnSeriousList',
  'RemovedFromSeriousList',
  'NoticeServed',
  'PartyOrganizationStatusRecorded',
  'Deregistered',
  'RegistrationRevoked',
  'Banned',
]

/**
 * B1, what the registry itself owes the record: CR-04, the registrar enters credit information
 * into the social-organization information system within 5 working days of forming or
 * obtaining it. Decided from each entry's recording (`CreditFile.recordings`).
 */
export function creditInformationRules(): Rule[] {
  return [
    rule({
      id: 'CR-04',
      title: {
        zh: `登记管理机关在信用信息形成或者获取后${CREDIT_ENTRY_WORKING_DAYS}个工作日内录入`,
        en: `The registrar enters credit information within ${CREDIT_ENTRY_WORKING_DAYS} working days`,
      },
      source: { ...ORDER_60, article: '信用信息录入条款' },
      effective: { from: ORDER_60_FROM },
      appliesTo: [...registeredKinds],
      notes:
        'One obligation of the registrar per entry of the information it forms itself or obtains ' +
        'on the entry’s effective day (registrations and changes, charity and fundraising ' +
        'decisions, annual reports filed with it, inspections, rectification orders, grades and ' +
        'grade actions, both lists, notices served, Party-organization findings, closures), ' +
        'formed from 2018-01-24. Due 5 working days after the day it was formed (the decision ' +
        'day a revocation or a change registration states; otherwise the effective day), counted ' +
        'by the pack’s calendar, and met on the day it was recorded: the other system’s day for ' +
        'a migrated entry. A decision a rule proposed is formed as the run that applies it ' +
        'records it. An entry recorded after its due day was entered late; read with everything ' +
        'known, one recorded after the date is owed on the date. Facts another department ' +
        'decided and facts the organization reports later reach the registrar on a day the ' +
        'record does not keep, so they are not held to it. The article number of the final text ' +
        'was not seen (MCA and CCTV summaries).',
      when: when.orgKind(...registeredKinds),
      then: [
        effects.enterCreditInformation({
          workingDays: CREDIT_ENTRY_WORKING_DAYS,
          types: REGISTRAR_FORMED,
        }),
      ],
    }),
  ]
}
