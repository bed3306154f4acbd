import * as z from 'zod'
import { builtInEntryType, closedStatuses, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, type Strict, seqListSchema, textSchema } from './fields'

const objectionFiledData: Strict<{
  disputes: typeof seqListSchema
  grounds: z.ZodString
  evidence: Opt<z.ZodArray<z.ZodString>>
}> = z.strictObject({
  /** The entries the organization disputes. */
  disputes: seqListSchema,
  grounds: textSchema,
  /** Titles of the evidence submitted. */
  evidence: z.array(lineSchema).min(1).max(50).optional(),
})

/** The organization objected to entries of its record (异议, OB-01), on `effectiveAt`. */
export const objectionFiled: EntryTypeDefinition<'ObjectionFiled', typeof objectionFiledData> =
  builtInEntryType({
    type: 'ObjectionFiled',
    recordsPastFact: true,
    data: objectionFiledData,
    allowedWhen: closedStatuses,
    category: 'record',
    title: { en: 'Objection filed', zh: '提出异议' },
  })

/** What is disputed, and why. */
export type ObjectionFiledData = z.infer<typeof objectionFiledData>

/** How an objection ends, as RT-02 distinguishes them. */
export const objectionOutcomes = ['upheld', 'rejected', 'undetermined'] as const

/** How an objection ended. */
export type ObjectionOutcome = (typeof objectionOutcomes)[number]

const objectionResolvedData: Strict<{
  outcome: Enum<ObjectionOutcome>
  reason: z.ZodString
  department: Opt<z.ZodString>
}> = z.strictObject({
  /** `upheld`: the record was wrong, and corrections or retractions follow as their own entries. */
  outcome: z.enum(objectionOutcomes),
  reason: textSchema,
  department: lineSchema.optional(),
})

/** The objection was decided; `amends` is the ObjectionFiled. */
export const objectionResolved: EntryTypeDefinition<
  'ObjectionResolved',
  typeof objectionResolvedData
> = builtInEntryType({
  type: 'ObjectionResolved',
  recordsPastFact: true,
  data: objectionResolvedData,
  amends: ['ObjectionFiled'],
  allowedWhen: closedStatuses,
  category: 'record',
  title: { en: 'Objection resolved', zh: '异议处理结果' },
})

/** How the objection ended, and why. */
export type ObjectionResolvedData = z.infer<typeof objectionResolvedData>
