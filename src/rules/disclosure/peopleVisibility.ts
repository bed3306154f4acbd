import * as z from 'zod/mini'
import type { EntryType, PersonField } from '../../events'
import { entryTypeNameSchema } from '../../events'
import { type PolicySource, policySourceSchema } from './policySource'

/**
 * Fields of the people named beside entries that the public may see: those of people whose
 * `role` is one of `roles`, on entries of `types` (every type the report shows, when left
 * out). People are otherwise never shown: a report proves only the fields a rule names.
 */
export interface PeopleVisibility {
  /** Roles as recorded, e.g. `legal_representative`. */
  readonly roles: readonly string[]
  /** Always includes `role`: a name is provably a legal representative's only beside its role. */
  readonly fields: readonly PersonField[]
  readonly types?: readonly EntryType[]
  readonly source?: PolicySource
}

const entryType = entryTypeNameSchema

/** Checks a rule that makes some people's fields public. */
export const peopleVisibilitySchema: z.ZodMiniType<PeopleVisibility> = z.strictObject({
  roles: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1)),
  fields: z.array(z.enum(['role', 'name', 'idNumber'])).check(
    z.minLength(1),
    z.refine((fields) => fields.includes('role'), {
      message: 'a person is shown with their role, which is what chose them',
    }),
    z.refine((fields) => new Set(fields).size === fields.length, { message: 'each field once' }),
  ),
  types: z.optional(z.array(entryType).check(z.minLength(1))),
  source: z.optional(policySourceSchema),
}) as z.ZodMiniType<PeopleVisibility>
