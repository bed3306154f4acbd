import * as z from 'zod'
import { textOf } from '../_internal/arguments'
import { deepFreeze } from '../_internal/deepFreeze'
import { fromZodIssues, underPath } from '../_internal/issues'
import { LedgerError, type Result } from '../errors'
import { isoDateSchema, periodConventionSchema } from '../time'
import { ruleSourceSchema } from './citation'
import { conditionSchema } from './conditionSchema'
import { effectSchema } from './effectSchema'
import { localTextSchema } from './localText'
import { type OrgKind, orgKinds } from './orgKind'
import { ruleIssues } from './ruleIssues'
import type { Enum, Frozen, List, Opt, Strict } from './schemaTypes'

const effectiveSchema: Strict<{
  from: typeof isoDateSchema
  to: Opt<typeof isoDateSchema>
}> = z
  .strictObject({ from: isoDateSchema, to: z.optional(isoDateSchema) })
  .refine((e) => e.to === undefined || e.from < e.to, {
    message: 'a rule must end after it starts',
    path: ['to'],
  })

/** The days a rule applies: from `from` (included) to `to` (excluded), or on without end. */
export type Effective = Frozen<z.output<typeof effectiveSchema>>

/** Checks the shape of a rule; `ruleIssues` checks what the shape cannot say. */
export const ruleSchema: Strict<{
  id: z.ZodString
  title: typeof localTextSchema
  source: typeof ruleSourceSchema
  effective: typeof effectiveSchema
  appliesTo: Opt<List<Enum<OrgKind>>>
  convention: Opt<typeof periodConventionSchema>
  notes: Opt<z.ZodString>
  when: typeof conditionSchema
  then: List<typeof effectSchema>
}> = z.strictObject({
  id: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/,
      'expected an id such as SL-01 (letters, digits, . _ : -)',
    ),
  title: localTextSchema,
  source: ruleSourceSchema,
  effective: effectiveSchema,
  appliesTo: z.array(z.enum(orgKinds)).min(1).readonly().optional(),
  convention: z.optional(periodConventionSchema),
  /** Choices the rule makes where its source leaves something open, for people reviewing the policy. */
  notes: z.string().min(1).max(4000).optional(),
  when: conditionSchema,
  then: z.array(effectSchema).min(1).max(20).readonly(),
})

/**
 * One rule as JSON: when its condition holds for an organization of a kind it applies to, on a
 * date it is in force, it has its effects. Several versions of one `id` may sit in a policy
 * with disjoint `effective` ranges; `convention` overrides the policy's for this rule.
 */
export type Rule = Frozen<z.output<typeof ruleSchema>>

/**
 * Checks one rule and returns it frozen; throws `INVALID_INPUT` with issue paths into the rule.
 * Types guide the writing; the check catches what types cannot (reasons of the wrong list,
 * unknown fields, obligations counting from facts the condition does not report).
 *
 * @example
 * const SL01 = rule({
 *   id: 'SL-01', title, source, effective: { from: '2018-01-24' },
 *   when: when.listedFor('abnormal', { years: 2 }),
 *   then: effects.escalate({ mode: 'automatic' }),
 * })
 */
export function rule(definition: Rule): Rule {
  const checked = checkedRule(definition)
  if (!checked.success) {
    const first = checked.issues[0]
    throw new LedgerError(
      'INVALID_INPUT',
      `rule ${textOf((definition as { id?: unknown } | null | undefined)?.id)}: ${first?.path.join('.')}: ${first?.message}`,
      checked.issues,
    )
  }
  // zod's copy is what was checked, so it is what is returned: the object given may read
  // differently a second time (a getter, a proxy) or hold what a clone drops.
  return deepFreeze(checked.data)
}

/** The issues of one rule, with paths from the rule (`['when', 'of', 0, 'period']`). */
export function checkRule(
  candidate: unknown,
  prefix: readonly (string | number)[] = [],
): ReturnType<typeof ruleIssues> {
  const checked = checkedRule(candidate)
  return checked.success ? [] : underPath(checked.issues, prefix)
}

function checkedRule(candidate: unknown): Result<Rule> {
  const parsed = ruleSchema.safeParse(candidate)
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) }
  const issues = ruleIssues(parsed.data)
  return issues.length > 0 ? { success: false, issues } : { success: true, data: parsed.data }
}
