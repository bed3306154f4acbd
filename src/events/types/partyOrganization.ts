import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, type Strict, textSchema } from './fields'

/**
 * Where the organization stands on setting up a Party organization (党组织): set up, not
 * required (too few members, or covered another way), or missing although required (AB-02).
 */
export const partyOrganizationStatuses = ['established', 'not_required', 'missing'] as const

/** The Party-organization status of an organization. */
export type PartyOrganizationStatus = (typeof partyOrganizationStatuses)[number]

const partyOrganizationStatusRecordedData: Strict<{
  status: Enum<PartyOrganizationStatus>
  department: z.ZodString
  facts: Opt<z.ZodString>
}> = z.strictObject({
  status: z.enum(partyOrganizationStatuses),
  /** The department that found or recorded the status (the registrar, or the Party-building body). */
  department: lineSchema,
  facts: textSchema.optional(),
})

/**
 * The organization's Party-organization status was found, from `effectiveAt` on; a later one
 * replaces an earlier one. `missing` is the ground of AB-02 (Order 60, abnormal-list item 2).
 */
export const partyOrganizationStatusRecorded: EntryTypeDefinition<
  'PartyOrganizationStatusRecorded',
  typeof partyOrganizationStatusRecordedData
> = builtInEntryType({
  type: 'PartyOrganizationStatusRecorded',
  data: partyOrganizationStatusRecordedData,
  category: 'inspection',
  title: { en: 'Party-organization status recorded', zh: '党组织建立情况' },
})

/** The status and who found it. */
export type PartyOrganizationStatusRecordedData = z.infer<
  typeof partyOrganizationStatusRecordedData
>
