import type { HolidayCalendar, PeriodConvention } from '../../time'
import type { AnnualReportRules } from '../annualReportRules'
import type { FilterSection } from '../entryFilter'
import type { Policy } from '../policy'
import type { Rule } from '../rule'
import { compileCondition } from './compileCondition'
import type { Node } from './outcome'
import { requiredSections } from './requiredSections'

/** One rule version ready to run. */
export interface CompiledRule {
  readonly rule: Rule
  readonly from: string
  readonly to: string | null
  readonly kinds: ReadonlySet<string> | null
  readonly node: Node
  readonly convention: PeriodConvention
  /** Sections that must have items for the condition to hold: the rule is skipped while one is empty. */
  readonly requires: readonly FilterSection[]
}

/** A policy ready to run: its rules by id then start, the calendar obligations count with, and when annual reports fall due. */
export interface CompiledPolicy {
  readonly hash: string
  readonly rules: readonly CompiledRule[]
  readonly calendar: HolidayCalendar | undefined
  readonly annualReport: AnnualReportRules | undefined
}

/** Compiles every rule of a checked policy into closures; runs once per policy. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const rules = policy.rules.map((rule): CompiledRule => {
    const convention = rule.convention ?? policy.convention
    const options = { convention, annualReport: policy.annualReport, calendar: policy.calendar }
    return {
      rule,
      from: rule.effective.from,
      to: rule.effective.to ?? null,
      kinds: rule.appliesTo === undefined ? null : new Set(rule.appliesTo),
      node: compileCondition(rule.when, options),
      convention,
      requires: [...requiredSections(rule.when)],
    }
  })
  rules.sort((a, b) =>
    a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : a.from < b.from ? -1 : 1,
  )
  return { hash: policy.hash, rules, calendar: policy.calendar, annualReport: policy.annualReport }
}
