import { deepFreeze } from '../_internal/deepFreeze'
import { fromZodIssues } from '../_internal/issues'
import { type Issue, LedgerError, type Result } from '../errors'
import { remember } from './compile/compiled'
import { compilePolicy } from './compile/compilePolicy'
import { type Policy, type PolicyDocument, policyDocumentSchema } from './policy'
import { policyHash } from './policyHash'
import { policyIssues } from './policyIssues'

/**
 * Checks a policy once, freezes it, hashes it and compiles its conditions into closures, so
 * that evaluating it runs no schema. Throws `INVALID_INPUT` with issue paths such as
 * `['rules', 3, 'when', 'of', 0, 'period']`.
 *
 * @example
 * const policy = definePolicy({ name: 'cn-national', version: '2026.1', convention: 'civil_code', rules: [SL01] })
 * policy.hash // 64 hex digits: cite it, and the same JSON always gives it
 */
export function definePolicy(document: PolicyDocument): Policy {
  const checked = safePolicyFromJson(document)
  if (!checked.success) throw invalid(checked.issues)
  return checked.data
}

/** A policy read from JSON, checked as `definePolicy` checks it; a `hash` in the JSON must match. */
export function policyFromJson(json: unknown): Policy {
  const checked = safePolicyFromJson(json)
  if (!checked.success) throw invalid(checked.issues)
  return checked.data
}

/** As `policyFromJson`, but returns `{ success, data | issues }` instead of throwing. */
export function safePolicyFromJson(json: unknown): Result<Policy> {
  const { hash: claimed, ...rest } = isRecord(json) ? json : { hash: undefined }
  const parsed = policyDocumentSchema.safeParse(isRecord(json) ? rest : json)
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) }
  const issues = policyIssues(parsed.data)
  if (issues.length > 0) return { success: false, issues }
  const hash = policyHash(parsed.data)
  if (claimed !== undefined && claimed !== hash) {
    const message = `the policy's content hashes to ${hash}, not to the hash it states`
    return { success: false, issues: [{ code: 'hash_mismatch', path: ['hash'], message }] }
  }
  const policy: Policy = deepFreeze({ ...parsed.data, hash })
  remember(policy, compilePolicy(policy))
  return { success: true, data: policy }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function invalid(issues: readonly Issue[]): LedgerError {
  const first = issues[0]
  const where = first === undefined ? '' : `${first.path.join('.')}: ${first.message}`
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return new LedgerError('INVALID_INPUT', `invalid policy: ${where}${more}`, issues)
}
