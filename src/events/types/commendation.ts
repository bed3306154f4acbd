import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import {
  type AuthorityLevel,
  authorityLevelSchema,
  type Enum,
  lineSchema,
  type Strict,
} from './fields'

const commendedData: Strict<{
  honour: z.ZodString
  level: Enum<AuthorityLevel>
  awardedBy: z.ZodString
}> = z.strictObject({
  /** The title or honour, e.g. 全国先进社会组织. */
  honour: lineSchema,
  level: authorityLevelSchema,
  awardedBy: lineSchema,
})

/** A government body commended the organization (表彰), on the day of `effectiveAt`. */
export const commended: EntryTypeDefinition<'Commended', typeof commendedData> = builtInEntryType({
  type: 'Commended',
  recordsPastFact: true,
  data: commendedData,
  category: 'other',
  title: { en: 'Commended', zh: '表彰奖励' },
})

/** The honour and who awarded it. */
export type CommendedData = z.infer<typeof commendedData>
