import { cnHolidays } from '../../src/policies'
import { definePolicy } from '../../src/rules/definePolicy'
import type { Policy } from '../../src/rules/policy'
import type { Rule } from '../../src/rules/rule'
import { nationalRules } from './nationalRules'

/** When annual reports fall due nationally (AI-01 to AI-03). */
export const REPORTS = {
  due: { social_group: '05-31', social_service_organization: '05-31', foundation: '03-31' },
  exemptIfFoundedWithin: { social_service_organization: { months: 6 } },
} as const

/** A policy of the example national rules, or of the rules given. */
export function examplePolicy(rules: readonly Rule[] = nationalRules, version = '2026.1'): Policy {
  return definePolicy({
    name: 'cn-national-examples',
    version,
    convention: 'civil_code',
    annualReport: REPORTS,
    calendar: cnHolidays,
    rules,
  })
}
