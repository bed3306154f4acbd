import * as z from 'zod'
import { localTextSchema } from './localText'
import { predicateSchema } from './predicate'
import type { Enum, Frozen, Opt, Strict } from './schemaTypes'

export type { Operand, Predicate, Scalar } from './predicate'
export type { Window } from './window'

/**
 * The sections of a credit file a filter can select items from, named as the `CreditFile`
 * fields they read (`registrationChanges` and `closures` are `registration.changes` and
 * `registration.closures`; `annualReports` and `inspections` are flattened over the years).
 */
export const sections = [
  'penalties',
  'abnormalList',
  'seriousList',
  'dishonestDebtor',
  'rectifications',
  'activities',
  'commendations',
  'disclosures',
  'objections',
  'gradeHistory',
  'evaluations',
  'annualReports',
  'inspections',
  'registrationChanges',
  'closures',
  'recordings',
  'noticesServed',
  'partyOrganization',
  'notResponsible',
  'investigations',
  'fundraisingApplications',
  'fundraisingPlans',
  'servicePurchases',
  'donationDeduction',
  'liquidations',
] as const

/** A section of a credit file whose items a filter selects. */
export type Section = (typeof sections)[number]

/**
 * A host section of a credit file, `host.workPlans` for `file.host.workPlans`: the entries of
 * the host's own types (`defineEntryType`), each with `seq`, `type`, `on` and `data`.
 */
export type HostSection = `host.${string}`

/** Any section a filter can select from: a built-in one or a host one. */
export type FilterSection = Section | HostSection

/** The pattern of a host section's name in a filter. */
export const hostSectionPattern: RegExp = /^host\.[a-z][A-Za-z0-9]{0,63}$/

/** Whether a name is that of a host section, `host.` and a camelCase name. */
function isHostSection(name: string): name is HostSection {
  return hostSectionPattern.test(name)
}

// The issue keeps the code a pattern check gives, `invalid_format`, through `params.code`.
const hostSection: z.ZodType<HostSection, string> = z.string().refine(isHostSection, {
  message: 'must be a section of the credit file, or host.<section> for a host section',
  params: { code: 'invalid_format' },
})

/** Checks an entry filter. */
export const entryFilterSchema: Strict<{
  of: z.ZodUnion<[Enum<Section>, typeof hostSection]>
  where: Opt<typeof predicateSchema>
  standing: Opt<z.ZodBoolean>
  notBasisOf: Opt<Enum<'abnormal' | 'serious'>>
  countsFrom: Opt<z.ZodString>
  label: Opt<typeof localTextSchema>
}> = z.strictObject({
  of: z.union([z.enum(sections), hostSection]),
  where: predicateSchema.optional(),
  standing: z.boolean().optional(),
  notBasisOf: z.enum(['abnormal', 'serious']).optional(),
  countsFrom: z.string().min(1).optional(),
  label: localTextSchema.optional(),
})

/**
 * Which items of a section count. `standing` keeps only items still standing on the date:
 * penalties not revoked, list stays not ended, rectifications not completed, objections not
 * resolved, closures not voided, change registrations not revoked. `notBasisOf` drops items a
 * stay on that list already rests on (its `basedOn`), so one penalty lists an organization once.
 * `countsFrom` names the field of the items holding the day each counts from, and that the
 * conditions' facts give (the section's own day by default: a qualification's first valid day;
 * `'on'` counts a qualification from the day it was confirmed, its period begun or not).
 * `label` names the items in explanations ("warnings or fines under 50,000 yuan").
 */
export type EntryFilter = Frozen<z.output<typeof entryFilterSchema>>
