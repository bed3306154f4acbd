import * as z from 'zod/mini'
import type { EntryType } from './entryTypes'

/**
 * The name of every entry type, without the payload schemas: for checks that only ask whether
 * a name is an entry type (a policy naming types), so that they do not load every schema.
 * `entryTypes` holds the same names; the compiler checks that the two agree.
 */
export const entryTypeNames = [
  'OrganizationRegistered',
  'OrganizationFiled',
  'RegistrationChanged',
  'ChangeRegistrationRevoked',
  'CharityRecognized',
  'PublicFundraisingQualificationGranted',
  'PublicFundraisingQualificationRevoked',
  'ActivityHeld',
  'AnnualReportFiled',
  'AnnualInspectionConcluded',
  'RectificationOrdered',
  'RectificationCompleted',
  'EvaluationApplied',
  'EvaluationInitiated',
  'EvaluationEligibilityDecided',
  'EvaluatorAssigned',
  'EvaluationScored',
  'EvaluationResultNoticed',
  'EvaluationReviewRequested',
  'EvaluationReviewAnswered',
  'EvaluationGraded',
  'EvaluationConcluded',
  'EvaluationCertificateIssued',
  'EvaluationCertificateReturned',
  'GradeDowngraded',
  'GradeCancelled',
  'Commended',
  'PenaltyImposed',
  'PenaltyRevoked',
  'ListedOnAbnormalList',
  'RemovedFromAbnormalList',
  'ListedOnSeriousList',
  'RemovedFromSeriousList',
  'DishonestDebtorListed',
  'DishonestDebtorRemoved',
  'DisclosurePublished',
  'ObjectionFiled',
  'ObjectionResolved',
  'EntryCorrected',
  'EntryRetracted',
  'PersonalDataErased',
  'PublicationEnded',
  'Deregistered',
  'RegistrationRevoked',
  'Banned',
] as const

/** The name of an entry type. */
export type EntryTypeName = (typeof entryTypeNames)[number]

// The compiler holds the list to the catalogue both ways: a type added to one only fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
true satisfies Same<EntryTypeName, EntryType>

const names: ReadonlySet<string> = new Set(entryTypeNames)

/** True when `name` names an entry type. */
export function isEntryTypeName(name: unknown): name is EntryTypeName {
  return typeof name === 'string' && names.has(name)
}

/** A string that names an entry type, as policies name the types they cover. */
export const entryTypeNameSchema: z.ZodMiniString<string> = z
  .string()
  .check(z.refine(isEntryTypeName, { message: 'not an entry type' }))
