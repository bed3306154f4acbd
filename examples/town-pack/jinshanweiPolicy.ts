import {
  cnPolicy,
  definePolicy,
  type HolidayCalendar,
  type Policy,
  type Rule,
} from '../../src/index'
import { planRules } from './planRules'
import { consecutiveFailRule, listedAndFailedRule } from './referralRules'
import { commendationRule, supportRule } from './rewardRules'
import { parseTownPackParameters, type TownPackParameters } from './townPackParameters'
import { failWarningRule } from './warningRules'

/**
 * The town's own rules for the years its measures cover: plans (JSW-10, JSW-11), support and
 * commendation (JSW-20, JSW-21), warnings (JSW-30) and referral to the registrar (JSW-31,
 * JSW-32). Rules that read a year's plans or assessments have one version per year; the others
 * one version for all the years. `calendar` moves the plan's due day off a day off.
 */
export function jinshanweiRules(
  parameters: Partial<TownPackParameters> = {},
  calendar?: HolidayCalendar,
): Rule[] {
  const chosen = parseTownPackParameters(parameters)
  const years: number[] = []
  for (let year = chosen.firstYear; year <= chosen.lastYear; year++) years.push(year)
  const all = { from: `${chosen.firstYear}-01-01`, to: `${chosen.lastYear + 1}-01-01` }
  return [
    ...years.flatMap((year) => planRules(year, chosen, calendar)),
    supportRule(all),
    ...years.map((year) => commendationRule(year)),
    failWarningRule(all),
    ...years.map((year) => consecutiveFailRule(year, chosen.referralDays)),
    listedAndFailedRule(all, chosen.referralDays),
  ]
}

/**
 * The town's layer on a national policy (`cnPolicy` unless given): its settings and rules as
 * they are, the town's rules after them, and a name and version of its own, so every decision's
 * policy hash says the town's rules took part. Throws `INVALID_INPUT` for parameters it cannot
 * use, and `OUTSIDE_CALENDAR` for a year the national calendar does not cover.
 *
 * @example
 * const policy = jinshanweiPolicyWith({ planDue: '02-15', firstYear: 2026, lastYear: 2026 })
 */
export function jinshanweiPolicyWith(
  parameters: Partial<TownPackParameters> = {},
  national: Policy = cnPolicy,
): Policy {
  const chosen = parseTownPackParameters(parameters)
  const { hash: _nationalHash, rules, name, version, ...settings } = national
  return definePolicy({
    ...settings,
    name: `${name}+jinshanwei`,
    version: `${version}+jsw.${chosen.firstYear}-${chosen.lastYear}`,
    rules: [...rules, ...jinshanweiRules(chosen, national.calendar)],
  })
}

/** The national pack with the town's rules for 2025 and 2026, plans due 31 January. */
export const jinshanweiPolicy: Policy = jinshanweiPolicyWith()
