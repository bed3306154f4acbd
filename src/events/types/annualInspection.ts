import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, reasonsSchema, type Strict, yearSchema } from './fields'

/** The conclusions of an annual inspection (AI-05), and `not_inspected` for a missed one. */
export const inspectionResults = [
  'qualified',
  'basically_qualified',
  'unqualified',
  'not_inspected',
] as const

/** The conclusion of an annual inspection. */
export type InspectionResult = (typeof inspectionResults)[number]

const annualInspectionConcludedData: Strict<{
  year: z.ZodNumber
  result: Enum<InspectionResult>
  reasons: Opt<typeof reasonsSchema>
  simplifiedProcedure: Opt<z.ZodBoolean>
  department: z.ZodString
}> = z
  .strictObject({
    year: yearSchema,
    result: z.enum(inspectionResults),
    /** Why it was not qualified: the lapses the registrar found. */
    reasons: reasonsSchema.optional(),
    /** Inspected under the simplified procedure open to 4A and above (EV-15). */
    simplifiedProcedure: z.boolean().optional(),
    department: lineSchema,
  })
  .refine((inspection) => inspection.result === 'qualified' || inspection.reasons !== undefined, {
    message: 'say why an inspection was not qualified',
    path: ['reasons'],
  })

/** The annual inspection (年度检查) for `year` concluded on the day of `effectiveAt`. */
export const annualInspectionConcluded: EntryTypeDefinition<
  'AnnualInspectionConcluded',
  typeof annualInspectionConcludedData
> = builtInEntryType({
  type: 'AnnualInspectionConcluded',
  recordsPastFact: true,
  data: annualInspectionConcludedData,
  category: 'inspection',
  title: { en: 'Annual inspection concluded', zh: '年度检查结论' },
})

/** The conclusion of an annual inspection. */
export type AnnualInspectionConcludedData = z.infer<typeof annualInspectionConcludedData>
