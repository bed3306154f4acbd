import type { Issue } from '../errors'
import { forEachCondition } from './forEachCondition'
import type { PolicyDocument } from './policy'
import { ruleIssues } from './ruleIssues'

const REPORT_KINDS = new Set(['reportOverdue', 'reportDue', 'consecutiveYears'])

/**
 * What a policy's shape cannot say: each rule's own issues, versions of one rule id that
 * overlap in time, report conditions with no due day anywhere, and working days without a calendar.
 */
export function policyIssues(policy: PolicyDocument): Issue[] {
  const issues: Issue[] = []
  const versions = new Map<string, number[]>()
  policy.rules.forEach((rule, index) => {
    const at = ['rules', index]
    for (const issue of ruleIssues(rule)) issues.push({ ...issue, path: [...at, ...issue.path] })
    versions.set(rule.id, [...(versions.get(rule.id) ?? []), index])
    forEachCondition(rule.when, [...at, 'when'], (condition, path) => {
      if (!REPORT_KINDS.has(condition.kind) || policy.annualReport !== undefined) return
      if (condition.kind === 'consecutiveYears' && condition.of === 'inspections') return
      if ('report' in condition && condition.report?.due !== undefined) return
      issues.push({
        code: 'no_report_due',
        path: [...path, 'report', 'due'],
        message: 'say when annual reports fall due, here or in the policy’s annualReport',
      })
    })
    rule.then.forEach((effect, e) => {
      if (effect.kind !== 'obligation' || policy.calendar !== undefined) return
      for (const key of ['due', 'opens'] as const) {
        if (effect[key]?.workingDays === undefined) continue
        issues.push({
          code: 'no_calendar',
          path: [...at, 'then', e, key, 'workingDays'],
          message:
            'counting working days needs the policy’s calendar (cnHolidays for mainland China)',
        })
      }
    })
  })
  for (const [id, indexes] of versions) {
    const sorted = [...indexes].sort((a, b) => {
      const x = policy.rules[a]?.effective.from ?? ''
      const y = policy.rules[b]?.effective.from ?? ''
      return x < y ? -1 : x > y ? 1 : a - b
    })
    for (let i = 1; i < sorted.length; i++) {
      const before = policy.rules[sorted[i - 1] as number]?.effective
      const after = policy.rules[sorted[i] as number]?.effective
      if (before === undefined || after === undefined) continue
      if (before.to === undefined || before.to > after.from) {
        issues.push({
          code: 'overlapping_versions',
          path: ['rules', sorted[i] as number, 'effective', 'from'],
          message: `rule ${id} is already in force on ${after.from} in the version from ${before.from}`,
        })
      }
    }
  }
  return issues
}
