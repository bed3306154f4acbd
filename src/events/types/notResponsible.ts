import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, type Strict, textSchema } from './fields'

/** Who certifies: the business supervising unit (业务主管单位) or another department. */
export const certifyingBodies = ['supervising_unit', 'other_department'] as const

/** Who certified that the organization was not responsible. */
export type CertifyingBody = (typeof certifyingBodies)[number]

const notResponsibleCertifiedData: Strict<{
  certifiedBy: Enum<CertifyingBody>
  department: z.ZodString
  statement: Opt<z.ZodString>
}> = z.strictObject({
  certifiedBy: z.enum(certifyingBodies),
  department: lineSchema,
  /** What the certificate says, in short. */
  statement: textSchema.optional(),
})

/**
 * The business supervising unit or another department certified in writing, on `effectiveAt`,
 * that the organization is not directly responsible for the ground `amends` names: a penalty
 * (AB-05) or an overdue rectification order (AB-03). The registrar may then skip the listing
 * (AB-08, 2017 draft of Order 60 Art. 12).
 */
export const notResponsibleCertified: EntryTypeDefinition<
  'NotResponsibleCertified',
  typeof notResponsibleCertifiedData
> = builtInEntryType({
  type: 'NotResponsibleCertified',
  recordsPastFact: true,
  data: notResponsibleCertifiedData,
  amends: ['PenaltyImposed', 'RectificationOrdered'],
  category: 'other',
  title: { en: 'Certified not responsible', zh: '出具非直接责任书面证明' },
})

/** Who certified, and what. */
export type NotResponsibleCertifiedData = z.infer<typeof notResponsibleCertifiedData>
