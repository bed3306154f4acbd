import { registeredKinds } from '../../identity'
import { effects, type Rule, rule, when } from '../../rules'
import { ORDER_60, ORDER_60_FROM } from './sources'

/** CR-04: working days the registrar has to enter credit information it formed or obtained. */
export const CREDIT_ENTRY_WORKING_DAYS = 5

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
        'One obligation of the registrar per entry of credit information formed from 2018-01-24, ' +
        'due 5 working days after the day it was formed (the decision day a penalty, a ' +
        'revocation or a change registration states; otherwise the effective day), counted by ' +
        'the pack’s calendar, and met on the day it was recorded: the other system’s day for a ' +
        'migrated entry. An entry recorded after its due day was entered late; read with ' +
        'everything known, one recorded after the date is owed on the date. The record’s own ' +
        'entries (corrections, retractions, objections, erasures) are not credit information. ' +
        'The article number of the final text was not seen (MCA and CCTV summaries).',
      when: when.orgKind(...registeredKinds),
      then: [effects.enterCreditInformation({ workingDays: CREDIT_ENTRY_WORKING_DAYS })],
    }),
  ]
}
