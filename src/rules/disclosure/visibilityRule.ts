import * as z from 'zod/mini'
import type { Visibility } from '../../events'
import { type PolicySource, policySourceSchema } from './policySource'

/**
 * Who may see a field: everyone, the authorities, or the organization alone; or `target`, the
 * visibility of the same field of the entry amended (a correction's `data.fields.facts` is as
 * public as the corrected entry's `data.facts`).
 */
export type FieldVisibility = Visibility | 'target'

/**
 * Who may see an entry. `declared`: what the entry's own `data.visibility` says (a disclosure
 * names its audience). `inherit`: public exactly when the entry it amends is shown.
 */
export type EntryVisibility = Visibility | 'declared' | 'inherit'

/** The visibility of one entry type and of its fields. */
export interface VisibilityRule {
  readonly entry: EntryVisibility
  /**
   * Fields by dotted path into the entry's content (`by`, `ref`, `cause`, `data.financials`,
   * `data.violated.article`); a path covers every field under it and the longest one wins.
   */
  readonly fields?: Readonly<Record<string, FieldVisibility>>
  /** Fields no path names; `public` when left out. */
  readonly otherFields?: FieldVisibility
  readonly source?: PolicySource
}

const visibility = z.enum(['public', 'authorities', 'internal'])

/** A dotted path into the content an entry commits to field by field. */
export const contentPathSchema: z.ZodMiniString<string> = z
  .string()
  .check(
    z.regex(
      /^(by|ref|cause|data)(\.[A-Za-z0-9_]+){0,2}$/,
      'a field path starts with by, ref, cause or data and has at most three parts',
    ),
  )

const fieldVisibility = z.union([visibility, z.literal('target')])

/** Checks the visibility rule of an entry type. */
export const visibilityRuleSchema: z.ZodMiniType<VisibilityRule> = z.strictObject({
  entry: z.union([visibility, z.literal('declared'), z.literal('inherit')]),
  fields: z.optional(z.record(contentPathSchema, fieldVisibility)),
  otherFields: z.optional(fieldVisibility),
  source: z.optional(policySourceSchema),
}) as z.ZodMiniType<VisibilityRule>
