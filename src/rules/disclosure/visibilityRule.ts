import * as z from 'zod/mini'
import type { Frozen, MiniEnum, MiniOpt, MiniStrict } from '../../_internal/schemaTypes'
import type { Visibility } from '../../events'
import { policySourceSchema } from './policySource'

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

const visibility: MiniEnum<Visibility> = z.enum(['public', 'authorities', 'internal'])

/** A dotted path into the content an entry commits to field by field. */
export const contentPathSchema: z.ZodMiniString<string> = z
  .string()
  .check(
    z.regex(
      /^(by|ref|cause|data)(\.[A-Za-z0-9_]+){0,2}$/,
      'a field path starts with by, ref, cause or data and has at most three parts',
    ),
  )

type FieldVisibilitySchema = z.ZodMiniUnion<
  readonly [typeof visibility, z.ZodMiniLiteral<'target'>]
>

const fieldVisibility: FieldVisibilitySchema = z.union([visibility, z.literal('target')])

/** Checks the visibility rule of an entry type. */
export const visibilityRuleSchema: MiniStrict<{
  entry: z.ZodMiniUnion<
    readonly [typeof visibility, z.ZodMiniLiteral<'declared'>, z.ZodMiniLiteral<'inherit'>]
  >
  /**
   * Fields by dotted path into the entry's content (`by`, `ref`, `cause`, `data.financials`,
   * `data.violated.article`); a path covers every field under it and the longest one wins.
   */
  fields: MiniOpt<z.ZodMiniRecord<typeof contentPathSchema, FieldVisibilitySchema>>
  /** Fields no path names; `public` when left out. */
  otherFields: MiniOpt<FieldVisibilitySchema>
  source: MiniOpt<typeof policySourceSchema>
}> = z.strictObject({
  entry: z.union([visibility, z.literal('declared'), z.literal('inherit')]),
  fields: z.optional(z.record(contentPathSchema, fieldVisibility)),
  otherFields: z.optional(fieldVisibility),
  source: z.optional(policySourceSchema),
})

/** The visibility of one entry type and of its fields. */
export type VisibilityRule = Frozen<z.output<typeof visibilityRuleSchema>>
