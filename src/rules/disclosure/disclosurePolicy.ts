import * as z from 'zod/mini'
import { deepFreeze } from '../../_internal/deepFreeze'
import { inEnglish } from '../../_internal/inEnglish'
import { fromZodIssues } from '../../_internal/issues'
import type { Frozen, MiniEnum, MiniOpt, MiniStrict } from '../../_internal/schemaTypes'
import { LedgerError, type Result } from '../../errors'
import type { SanctionKind } from '../../events'
import { entryTypeNameSchema } from '../../events'
import { isoDateSchema } from '../../time'
import { peopleVisibilitySchema } from './peopleVisibility'
import { policySourceSchema } from './policySource'
import { publicationWindowSchema } from './publicationWindow'
import { visibilityRuleSchema } from './visibilityRule'

const title = z.string().check(z.minLength(1), z.maxLength(200))
type Title = z.ZodMiniString<string>
type EntryTypes = z.ZodMiniArray<typeof entryTypeNameSchema>

/** Checks a disclosure policy. */
export const disclosurePolicySchema: MiniStrict<{
  id: z.ZodMiniString<string>
  /** The day the policy takes effect. */
  version: typeof isoDateSchema
  title: MiniStrict<{ zh: Title; en: Title }>
  sources: z.ZodMiniArray<typeof policySourceSchema>
  visibility: MiniStrict<{
    /** For entry types `types` does not name. */
    default: typeof visibilityRuleSchema
    types: z.ZodMiniRecord<
      typeof entryTypeNameSchema & z.core.$partial,
      typeof visibilityRuleSchema
    >
  }>
  /**
   * Fields of people named beside public entries that are public too (the legal
   * representative's name); none when left out. People are held beside the ledger, so these
   * are proved against the entry's `personalHash` rather than its commitments.
   */
  people: MiniOpt<z.ZodMiniArray<typeof peopleVisibilitySchema>>
  /** How long negative entries stay public; none: for as long as the record exists. */
  windows: z.ZodMiniArray<typeof publicationWindowSchema>
  /** Which negative entries count as serious for a window's `severity` (RP-02). */
  severity: MiniStrict<{
    seriousTypes: EntryTypes
    seriousSanctions: z.ZodMiniArray<MiniEnum<SanctionKind>>
    /** Fines of at least this many yuan are serious (SL-04). */
    seriousFineFrom: z.ZodMiniNumber<number>
  }>
}> = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes')),
  version: isoDateSchema,
  title: z.strictObject({ zh: title, en: title }),
  sources: z.array(policySourceSchema),
  visibility: z.strictObject({
    default: visibilityRuleSchema,
    types: z.partialRecord(entryTypeNameSchema, visibilityRuleSchema),
  }),
  people: z.optional(z.array(peopleVisibilitySchema)),
  windows: z.array(publicationWindowSchema).check(
    z.refine((windows) => new Set(windows.map((window) => window.id)).size === windows.length, {
      message: 'each window has its own id',
    }),
  ),
  severity: z.strictObject({
    seriousTypes: z.array(entryTypeNameSchema),
    seriousSanctions: z.array(
      z.enum([
        'warning',
        'fine',
        'confiscation',
        'suspension',
        'certificate_revoked',
        'registration_revoked',
      ]),
    ),
    seriousFineFrom: z.number().check(z.int(), z.nonnegative()),
  }),
})

/**
 * What the public may see of a credit file and for how long: data, so that a policy can be
 * versioned, hashed and cited by the entries it causes. What must be disclosed by when is the
 * rules pack's (`obligations`).
 */
export type DisclosurePolicy = Frozen<z.output<typeof disclosurePolicySchema>>

// The policies this module checked and froze: taken as they are, without a second parse.
const checked = new WeakSet<object>()

/**
 * As `disclosurePolicy`, but returns `{ success, data | issues }` with issue paths under
 * `prefix`. The policy returned is the checked copy, frozen, never the object given: whatever
 * reads it reads what was checked. A policy this function made is returned as it is. A rules
 * pack stands for its `disclosure` part; a pack without one is `no_disclosure_policy`.
 */
export function safeDisclosurePolicy(
  input: unknown,
  prefix: readonly (string | number)[] = ['policy'],
): Result<DisclosurePolicy> {
  if (typeof input === 'object' && input !== null && checked.has(input)) {
    return { success: true, data: input as DisclosurePolicy }
  }
  if (isPack(input)) {
    if (input.disclosure !== undefined) {
      return safeDisclosurePolicy(input.disclosure, [...prefix, 'disclosure'])
    }
    const message = 'this rules pack has no disclosure policy; give one, or a pack that has one'
    return {
      success: false,
      issues: [{ code: 'no_disclosure_policy', path: [...prefix, 'disclosure'], message }],
    }
  }
  const parsed = disclosurePolicySchema.safeParse(input, inEnglish)
  if (!parsed.success) {
    return { success: false, issues: fromZodIssues(parsed.error.issues, prefix) }
  }
  const policy = deepFreeze(parsed.data)
  checked.add(policy)
  return { success: true, data: policy }
}

/**
 * Checks a disclosure policy and freezes it; throws `INVALID_INPUT` naming every wrong field.
 *
 * @example
 * const policy = disclosurePolicy({ ...nationalDisclosurePolicy, id: 'cn-with-repair', windows })
 */
export function disclosurePolicy(input: unknown): DisclosurePolicy {
  const result = safeDisclosurePolicy(input)
  if (result.success) return result.data
  const first = result.issues[0]
  throw new LedgerError(
    'INVALID_INPUT',
    `not a disclosure policy: ${first?.path.join('.')}: ${first?.message}`,
    result.issues,
  )
}

/** Whether `input` looks like a rules pack (it has rules) rather than a disclosure policy. */
function isPack(input: unknown): input is { readonly disclosure?: unknown } {
  return (
    typeof input === 'object' &&
    input !== null &&
    Array.isArray((input as { rules?: unknown }).rules)
  )
}
