import * as z from 'zod'
import { isoDateOrInstantSchema } from '../time'
import { type Migrated, migratedSchema } from './migrated'

/** Why an entry was written when a rule proposed it: the rule, the policy's hash, the entries read. */
export const causeSchema: z.ZodObject<{
  inputs: z.ZodArray<z.ZodNumber>
  policy: z.ZodString
  rule: z.ZodString
}> = z.strictObject({
  inputs: z.array(z.number().int().nonnegative()),
  policy: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 content hash in lower-case hex'),
  rule: z.string().min(1).max(64),
})

/** Why an entry was written when a rule proposed it. */
export type Cause = z.infer<typeof causeSchema>

/**
 * An entry as the ledger holds it. Keys are listed in canonical (RFC 8785) order, the order
 * in which the ledger builds every entry, so its plain JSON is already canonical.
 */
export interface EntryEnvelope<T extends string = string, D = unknown> {
  /** seq of the entry this corrects, retracts, disputes or otherwise refers back to. */
  readonly amends?: number
  /** Who: an authority, an evaluator, the organization itself, or a rule. */
  readonly by: string
  /** The rule, policy hash and inputs behind an entry a policy proposed. */
  readonly cause?: Cause
  /** The payload, validated by the type's schema. */
  readonly data: D
  /** When it took effect in the world: an ISO date or instant (valid time). */
  readonly effectiveAt: string
  /**
   * Set on an entry carried over from another system: when and where it was first recorded.
   * `recordedAt` stays the moment this ledger accepted it.
   */
  readonly migrated?: Migrated
  /** The organization id: a USCC or a filing number. */
  readonly org: string
  /** Lower-case hex of the salted commitment to the people the entry names, if any. */
  readonly personalHash?: string
  /** When the ledger accepted it: an ISO instant from the clock (transaction time). */
  readonly recordedAt: string
  /** Document number: a decision, certificate or notice number. */
  readonly ref?: string
  /**
   * Lower-case hex of 16 random bytes from which each content field's salt is derived, so
   * the leaf commits to every field apart and a report can prove some while hiding the rest
   * (see `entryLeafHash`). Secret: a public report never carries it.
   */
  readonly salt?: string
  /** Version of the payload schema the entry was written with. */
  readonly schema: number
  /** Global position in the ledger: gap-free from 0, in commit order. */
  readonly seq: number
  /** What happened, in the past tense. */
  readonly type: T
  /** Position in the organization's stream, from 1. */
  readonly version: number
}

/** Fields every entry input shares, before the ledger assigns positions and times. */
export const entryInputBaseSchema: z.ZodObject<{
  org: z.ZodString
  type: z.ZodString
  effectiveAt: typeof isoDateOrInstantSchema
  by: z.ZodString
  ref: z.ZodOptional<z.ZodString>
  amends: z.ZodOptional<z.ZodNumber>
  cause: z.ZodOptional<typeof causeSchema>
  migrated: z.ZodOptional<typeof migratedSchema>
  data: z.ZodUnknown
}> = z.object({
  org: z.string(),
  type: z.string().min(1),
  effectiveAt: isoDateOrInstantSchema,
  by: z.string().min(1).max(200),
  ref: z.string().min(1).max(200).optional(),
  amends: z.number().int().nonnegative().optional(),
  cause: causeSchema.optional(),
  migrated: z.optional(migratedSchema),
  data: z.unknown(),
})
