import * as z from 'zod'
import type { Frozen, Opt, Strict } from '../schemaTypes'

// What effects share in their schemas: the mode, who writes a proposed entry, the provision it
// rests on, and the names of benefits and duties.

const modes = ['automatic', 'needs_decision'] as const

/** Whether a proposed entry is appended by `apply` as it is, or waits for an authority. */
export type Mode = (typeof modes)[number]

/** Checks a mode. */
export const modeSchema: z.ZodEnum<{ automatic: 'automatic'; needs_decision: 'needs_decision' }> =
  z.enum(modes)

/** The fields that say who writes a proposed entry. */
export const authoredFields: { by: Opt<z.ZodString>; department: Opt<z.ZodString> } = {
  by: z.string().min(1).max(200).optional(),
  department: z.string().min(1).max(200).optional(),
}

/** Who writes a proposed entry: `by` (default `rule:<id>`) and the department named in its data (default the registrar). */
export type Authored = Frozen<z.output<Strict<typeof authoredFields>>>

/** Checks the provision of law a proposal rests on. */
export const provisionSchema: Strict<{ instrument: z.ZodString; article: Opt<z.ZodString> }> =
  z.strictObject({
    instrument: z.string().min(1).max(200),
    article: z.string().min(1).max(64).optional(),
  })

/** A provision of law: the instrument and, where known, its article. */
export type Provision = Frozen<z.output<typeof provisionSchema>>

/** Checks the name of a benefit or a duty: snake_case. */
export const nameSchema: z.ZodString = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, 'expected a snake_case name')
