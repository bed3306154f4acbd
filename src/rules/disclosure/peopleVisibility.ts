import * as z from 'zod/mini'
import type { Frozen, MiniEnum, MiniOpt, MiniStrict } from '../../_internal/schemaTypes'
import type { PersonField } from '../../events'
import { entryTypeNameSchema } from '../../events'
import { policySourceSchema } from './policySource'

/** Checks a rule that makes some people's fields public. */
export const peopleVisibilitySchema: MiniStrict<{
  /** Roles as recorded, e.g. `legal_representative`. */
  roles: z.ZodMiniArray<z.ZodMiniString<string>>
  /** Always includes `role`: a name is provably a legal representative's only beside its role. */
  fields: z.ZodMiniArray<MiniEnum<PersonField>>
  types: MiniOpt<z.ZodMiniArray<typeof entryTypeNameSchema>>
  source: MiniOpt<typeof policySourceSchema>
}> = z.strictObject({
  roles: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1)),
  fields: z.array(z.enum(['role', 'name', 'idNumber'])).check(
    z.minLength(1),
    z.refine((fields) => fields.includes('role'), {
      message: 'a person is shown with their role, which is what chose them',
    }),
    z.refine((fields) => new Set(fields).size === fields.length, { message: 'each field once' }),
  ),
  types: z.optional(z.array(entryTypeNameSchema).check(z.minLength(1))),
  source: z.optional(policySourceSchema),
})

/**
 * Fields of the people named beside entries that the public may see: those of people whose
 * `role` is one of `roles`, on entries of `types` (every type the report shows, when left
 * out). People are otherwise never shown: a report proves only the fields a rule names.
 */
export type PeopleVisibility = Frozen<z.output<typeof peopleVisibilitySchema>>
