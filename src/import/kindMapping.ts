import * as z from 'zod'
import { type EntryType, entryTypes } from '../events'
import { fieldMappingSchema } from './fieldMapping'

// Paths into the payload: `year`, `violated.instrument`, `sanctions.0.amount`. Numbers are
// list positions. Prototype keys are refused so a mapping cannot reach Object.prototype.
const name = '(?!(?:__proto__|constructor|prototype)(?:\\.|$))[A-Za-z_$][\\w$]*'
const segment = `(?:${name}|\\d{1,3})`
const dataPath = new RegExp(`^${name}(?:\\.${segment})*$`)
const personalPath = new RegExp(`^\\d{1,3}\\.${name}$`)

const typeNames = Object.keys(entryTypes) as [EntryType, ...EntryType[]]

const whenSchema: z.ZodUnion<[z.ZodString, z.ZodArray<z.ZodString>]> = z.union([
  z.string().min(1),
  z.array(z.string().min(1)).min(1),
])

/**
 * One kind of row: which rows it takes (`when` the kind column holds one of these values),
 * the entry type they become, and where each envelope and payload field comes from.
 */
export const kindMappingSchema: z.ZodObject<
  {
    when: z.ZodOptional<typeof whenSchema>
    description: z.ZodOptional<z.ZodString>
    type: z.ZodEnum<{ [K in EntryType]: K }>
    effectiveAt: typeof fieldMappingSchema
    by: typeof fieldMappingSchema
    ref: z.ZodOptional<typeof fieldMappingSchema>
    data: z.ZodRecord<z.ZodString, typeof fieldMappingSchema>
    personal: z.ZodOptional<z.ZodRecord<z.ZodString, typeof fieldMappingSchema>>
  },
  z.core.$strict
> = z
  .strictObject({
    when: whenSchema.optional(),
    description: z.string().max(4000).optional(),
    type: z.enum(typeNames, {
      error: (issue) => `no entry type is called ${JSON.stringify(issue.input)}`,
    }),
    effectiveAt: fieldMappingSchema,
    by: fieldMappingSchema,
    ref: fieldMappingSchema.optional(),
    data: z.record(
      z.string().regex(dataPath, 'expected a payload path such as "year" or "violated.instrument"'),
      fieldMappingSchema,
    ),
    personal: z
      .record(
        z.string().regex(personalPath, 'expected a person\'s field such as "0.name"'),
        fieldMappingSchema,
      )
      .optional(),
  })
  .superRefine((kind, context) => {
    const shape = (entryTypes[kind.type].data as { shape?: Record<string, z.ZodType> }).shape
    if (shape === undefined) return
    const mapped = new Set(Object.keys(kind.data).map((path) => path.split('.')[0]))
    for (const field of mapped) {
      if (field !== undefined && !Object.hasOwn(shape, field)) {
        context.addIssue({
          code: 'custom',
          params: { code: 'unknown_field' },
          path: ['data', field],
          message: `${kind.type} has no field ${field}; its fields are ${Object.keys(shape).join(', ')}`,
        })
      }
    }
    // A required field left unmapped would refuse every row: say so once, here.
    for (const [field, schema] of Object.entries(shape)) {
      if (!mapped.has(field) && !schema.safeParse(undefined).success) {
        context.addIssue({
          code: 'custom',
          params: { code: 'missing_field' },
          path: ['data', field],
          message: `${kind.type} needs ${field}: map it from a column or give a fixed value`,
        })
      }
    }
  })

/** One kind of row and the entry it becomes. */
export type KindMapping = z.infer<typeof kindMappingSchema>
