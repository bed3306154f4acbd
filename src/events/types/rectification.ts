import * as z from 'zod'
import { isoDateSchema } from '../../time'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import {
  type Enum,
  lineSchema,
  type Opt,
  provisionSchema,
  reasonsSchema,
  type Strict,
  textSchema,
} from './fields'

/** How the problems came to light: AB-03 counts only spot checks. */
export const rectificationSources = [
  'spot_check',
  'annual_inspection',
  'evaluation',
  'complaint',
  'other',
] as const

/** How the problems behind a rectification order came to light. */
export type RectificationSource = (typeof rectificationSources)[number]

const rectificationOrderedData: Strict<{
  source: Enum<RectificationSource>
  issues: typeof reasonsSchema
  deadline: typeof isoDateSchema
  department: z.ZodString
  basis: Opt<typeof provisionSchema>
}> = z.strictObject({
  source: z.enum(rectificationSources),
  issues: reasonsSchema,
  /** The last day to complete the rectification, as the notice states. */
  deadline: isoDateSchema,
  department: lineSchema,
  basis: provisionSchema.optional(),
})

/** The organization was ordered to rectify (责令限期整改); the notice number is `ref`. */
export const rectificationOrdered: EntryTypeDefinition<
  'RectificationOrdered',
  typeof rectificationOrderedData
> = builtInEntryType({
  type: 'RectificationOrdered',
  data: rectificationOrderedData,
  category: 'inspection',
  title: { en: 'Rectification ordered', zh: '责令限期整改' },
})

/** What must be rectified, and by when. */
export type RectificationOrderedData = z.infer<typeof rectificationOrderedData>

const rectificationCompletedData: Strict<{
  summary: Opt<z.ZodString>
  verifiedBy: Opt<z.ZodString>
}> = z.strictObject({
  summary: textSchema.optional(),
  /** The department that verified the rectification, when one did. */
  verifiedBy: lineSchema.optional(),
})

/** The rectification was completed on `effectiveAt`; `amends` is the RectificationOrdered. */
export const rectificationCompleted: EntryTypeDefinition<
  'RectificationCompleted',
  typeof rectificationCompletedData
> = builtInEntryType({
  type: 'RectificationCompleted',
  recordsPastFact: true,
  data: rectificationCompletedData,
  amends: ['RectificationOrdered'],
  category: 'inspection',
  title: { en: 'Rectification completed', zh: '整改完成' },
})

/** How the rectification was completed. */
export type RectificationCompletedData = z.infer<typeof rectificationCompletedData>
