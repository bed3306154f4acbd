import * as z from 'zod'
import { checkArgument } from '../_internal/arguments'
import type { Issue, Result } from '../errors'
import type { Cause, Entry } from '../events'
import { contentHash } from '../events'
import type { AppendOptions, AppendResult } from './append'

/**
 * A decision as `applyDecisions` reads it, structurally, so the ledger need not import the rules:
 * proposals carry an entry input and a mode; other kinds (entitlements, obligations) pass by.
 */
export interface ApplicableDecision {
  readonly kind: string
  readonly mode?: 'automatic' | 'needs_decision'
  readonly entry?: {
    readonly org: string
    readonly type: string
    readonly effectiveAt: string
    readonly by: string
    readonly data: unknown
    readonly amends?: number
    readonly cause: Cause
  }
}

// Decisions come back from a caller's code: check the part `apply` reads before it reads it;
// the proposed entry itself is checked by the append, like any other input.
const decisionsSchema = z.array(
  z.object({
    kind: z.string(),
    mode: z.enum(['automatic', 'needs_decision']).optional(),
    entry: z.object({}).loose().optional(),
  }),
)
const optionsSchema = z.object({
  confirm: z.custom<(decision: unknown) => unknown>((v) => typeof v === 'function').optional(),
})
const confirmationSchema = z.union([
  z.boolean(),
  z.object({
    by: z.string().optional(),
    ref: z.string().optional(),
    effectiveAt: z.string().optional(),
  }),
])

/** What an authority confirming a proposal may set: who decided, the document number, the day. */
export interface Confirmation {
  readonly by?: string
  readonly ref?: string
  readonly effectiveAt?: string
}

/** Which proposals that need a decision an authority confirmed; none by default. */
export interface ApplyOptions<D extends ApplicableDecision = ApplicableDecision> {
  /** Says whether the authority confirmed a `needs_decision` proposal, and may record how. */
  readonly confirm?: (decision: D) => boolean | Confirmation
}

/** What became of one decision. */
export interface Applied<D extends ApplicableDecision = ApplicableDecision> {
  readonly decision: D
  /**
   * `appended`; `already_applied` (the same proposal was applied before, nothing written);
   * `awaiting_decision` (needs an authority and was not confirmed); `not_a_proposal`;
   * `rejected` (the ledger refused it: see `issues`).
   */
  readonly status:
    | 'appended'
    | 'already_applied'
    | 'awaiting_decision'
    | 'not_a_proposal'
    | 'rejected'
  readonly entries: readonly Entry[]
  readonly issues: readonly Issue[]
}

/** The part of a ledger `applyDecisions` writes through. */
export interface DecisionSink {
  safeAppend(input: unknown, options?: AppendOptions): Promise<Result<AppendResult>>
  head(): Promise<{ readonly size: number }>
}

/**
 * Appends the entries decisions propose, each with `cause` citing the rule, the policy hash and
 * the inputs: automatic proposals always, proposals that need a decision when `confirm` says
 * so. Each proposal is its own append under an idempotency key made from its cause, organization,
 * type, target and day, so applying the same decisions again writes nothing.
 *
 * @example
 * const applied = await applyDecisions(ledger, evaluate(policy, file, { at }))
 */
export async function applyDecisions<D extends ApplicableDecision>(
  ledger: DecisionSink,
  decisions: readonly D[],
  options: ApplyOptions<D> = {},
): Promise<Applied<D>[]> {
  checkArgument(decisionsSchema, decisions, 'decisions')
  checkArgument(optionsSchema, options, 'options')
  const applied: Applied<D>[] = []
  for (const decision of decisions) {
    const entry = decision.entry
    if (decision.kind !== 'proposal' || entry === undefined) {
      applied.push({ decision, status: 'not_a_proposal', entries: [], issues: [] })
      continue
    }
    const confirmed: boolean | Confirmation =
      decision.mode === 'automatic'
        ? true
        : (checkArgument(confirmationSchema, options.confirm?.(decision) ?? false, 'confirm()') as
            | boolean
            | Confirmation)
    if (confirmed === false) {
      applied.push({ decision, status: 'awaiting_decision', entries: [], issues: [] })
      continue
    }
    const input = confirmed === true ? entry : { ...entry, ...definedOnly(confirmed) }
    const before = (await ledger.head()).size
    const result = await ledger.safeAppend(input, { idempotencyKey: decisionKey(entry) })
    if (!result.success) {
      applied.push({ decision, status: 'rejected', entries: [], issues: result.issues })
      continue
    }
    const fresh = (result.data.entries[0]?.seq ?? before) >= before
    applied.push({
      decision,
      status: fresh ? 'appended' : 'already_applied',
      entries: result.data.entries,
      issues: [],
    })
  }
  return applied
}

/** The idempotency key of a proposal: `decision:` and the SHA-256 of what identifies it. */
export function decisionKey(entry: NonNullable<ApplicableDecision['entry']>): string {
  const identity = {
    amends: entry.amends,
    cause: entry.cause,
    effectiveAt: entry.effectiveAt,
    org: entry.org,
    type: entry.type,
  }
  return `decision:${contentHash(identity)}`
}

function definedOnly(confirmation: Confirmation): Confirmation {
  const out: { by?: string; ref?: string; effectiveAt?: string } = {}
  if (confirmation.by !== undefined) out.by = confirmation.by
  if (confirmation.ref !== undefined) out.ref = confirmation.ref
  if (confirmation.effectiveAt !== undefined) out.effectiveAt = confirmation.effectiveAt
  return out
}
