import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type DisclosureCategory, disclosureCategories } from './disclosureCategories'
import {
  type Enum,
  lineSchema,
  type Opt,
  periodSchema,
  type Strict,
  seqSchema,
  sha256HexSchema,
} from './fields'

/** Who may read a disclosure: everyone, the authorities, or the organization alone. */
export const visibilities = ['public', 'authorities', 'internal'] as const

/** Who may read a disclosure. */
export type Visibility = (typeof visibilities)[number]

const disclosurePublishedData: Strict<{
  category: Enum<DisclosureCategory>
  title: z.ZodString
  body: Opt<z.ZodString>
  documentSha256: Opt<z.ZodString>
  visibility: Enum<Visibility>
  period: Opt<typeof periodSchema>
  campaign: Opt<typeof seqSchema>
}> = z
  .strictObject({
    category: z.enum(disclosureCategories),
    title: lineSchema,
    /** The text itself, for short notices. */
    body: z.string().min(1).max(20000).optional(),
    /** The digest of a longer document kept elsewhere, so the ledger commits to its bytes. */
    documentSha256: sha256HexSchema.optional(),
    visibility: z.enum(visibilities),
    /** The period the disclosure covers, e.g. a financial year or a fundraising quarter. */
    period: periodSchema.optional(),
    /**
     * The seq of the `FundraisingPlanFiled` entry a campaign report is about, so a rule counts
     * it for that campaign alone (CH-04's receipts).
     */
    campaign: seqSchema.optional(),
  })
  .refine(
    (disclosure) => disclosure.body !== undefined || disclosure.documentSha256 !== undefined,
    {
      message: 'a disclosure carries its text, or the SHA-256 of its document',
      path: ['body'],
    },
  )

/** The organization published information (信息公开) on the day of `effectiveAt`. */
export const disclosurePublished: EntryTypeDefinition<
  'DisclosurePublished',
  typeof disclosurePublishedData
> = builtInEntryType({
  type: 'DisclosurePublished',
  recordsPastFact: true,
  data: disclosurePublishedData,
  category: 'other',
  title: { en: 'Information disclosed', zh: '信息公开' },
})

/** What was disclosed, and to whom. */
export type DisclosurePublishedData = z.infer<typeof disclosurePublishedData>
