import * as z from 'zod'
import type { Condition } from './condition'
import { attributeSchema } from './conditions/attribute'
import { consecutiveYearsSchema } from './conditions/consecutiveYears'
import { countSchema } from './conditions/count'
import { elapsedSchema } from './conditions/elapsed'
import { fieldSchema } from './conditions/field'
import { gradeSchema } from './conditions/grade'
import { listedForSchema } from './conditions/listedFor'
import { type NotSchema, notSchema, type SomeOfSchema, someOfSchema } from './conditions/logic'
import { onListSchema } from './conditions/onList'
import { orgKindSchema } from './conditions/orgKind'
import { priorYearSchema } from './conditions/priorYear'
import { rectificationSchema } from './conditions/rectification'
import { registeredForSchema } from './conditions/registeredFor'
import { reportDueSchema } from './conditions/reportDue'
import { reportOverdueSchema } from './conditions/reportOverdue'
import { spacedSchema } from './conditions/spaced'
import { statusSchema } from './conditions/status'

const self = (): z.ZodType<Condition> => conditionSchema

/** The schemas of the kinds of condition that contain no other condition, one per module. */
export type LeafConditionSchemas = [
  typeof statusSchema,
  typeof orgKindSchema,
  typeof attributeSchema,
  typeof onListSchema,
  typeof listedForSchema,
  typeof countSchema,
  typeof fieldSchema,
  typeof consecutiveYearsSchema,
  typeof reportOverdueSchema,
  typeof reportDueSchema,
  typeof rectificationSchema,
  typeof gradeSchema,
  typeof registeredForSchema,
  typeof elapsedSchema,
  typeof spacedSchema,
  typeof priorYearSchema,
]

/** Checks a condition written as JSON: one schema per kind, each in its module under conditions/. */
export const conditionSchema: z.ZodDiscriminatedUnion<
  [...LeafConditionSchemas, SomeOfSchema<'all'>, SomeOfSchema<'any'>, NotSchema],
  'kind'
> = z.discriminatedUnion('kind', [
  statusSchema,
  orgKindSchema,
  attributeSchema,
  onListSchema,
  listedForSchema,
  countSchema,
  fieldSchema,
  consecutiveYearsSchema,
  reportOverdueSchema,
  reportDueSchema,
  rectificationSchema,
  gradeSchema,
  registeredForSchema,
  elapsedSchema,
  spacedSchema,
  priorYearSchema,
  someOfSchema('all', self),
  someOfSchema('any', self),
  notSchema(self),
])
