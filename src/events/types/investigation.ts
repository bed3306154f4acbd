import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, provisionSchema, type Strict, textSchema } from './fields'

const investigationOpenedData: Strict<{
  department: z.ZodString
  matter: z.ZodString
  basis: Opt<typeof provisionSchema>
}> = z.strictObject({
  department: lineSchema,
  /** The suspected violation the case was opened on. */
  matter: textSchema,
  basis: provisionSchema.optional(),
})

/**
 * A department opened an investigation (立案调查) of the organization on `effectiveAt`; the case
 * number is `ref`. While it is open the organization is not evaluated (EV-02, Order 39 Art. 7,
 * until 2026-02-28).
 */
export const investigationOpened: EntryTypeDefinition<
  'InvestigationOpened',
  typeof investigationOpenedData
> = builtInEntryType({
  type: 'InvestigationOpened',
  data: investigationOpenedData,
  category: 'inspection',
  title: { en: 'Investigation opened', zh: '立案调查' },
})

/** Who opened the investigation, and on what. */
export type InvestigationOpenedData = z.infer<typeof investigationOpenedData>

/**
 * How an investigation ends: a penalty (recorded as its own `PenaltyImposed`), no violation
 * found, the case dropped or handed to another authority.
 */
export const investigationOutcomes = [
  'penalised',
  'no_violation',
  'dropped',
  'transferred',
  'other',
] as const

/** How an investigation ended. */
export type InvestigationOutcome = (typeof investigationOutcomes)[number]

const investigationClosedData: Strict<{
  outcome: Enum<InvestigationOutcome>
  summary: Opt<z.ZodString>
}> = z.strictObject({
  outcome: z.enum(investigationOutcomes),
  summary: textSchema.optional(),
})

/**
 * The investigation was closed (结案) on `effectiveAt`; `amends` is the InvestigationOpened.
 * One closing per investigation: to change it, correct or retract it.
 */
export const investigationClosed: EntryTypeDefinition<
  'InvestigationClosed',
  typeof investigationClosedData
> = builtInEntryType({
  type: 'InvestigationClosed',
  recordsPastFact: true,
  data: investigationClosedData,
  amends: ['InvestigationOpened'],
  category: 'inspection',
  title: { en: 'Investigation closed', zh: '结案' },
})

/** How the investigation ended. */
export type InvestigationClosedData = z.infer<typeof investigationClosedData>
