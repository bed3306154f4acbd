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
  'NoticeServed',
  'PartyOrganizationStatusRecorded',
  'NotResponsibleCertified',
  'InvestigationOpened',
  'InvestigationClosed',
  'PublicFundraisingApplied',
  'PublicFundraisingRefused',
  'FundraisingPlanFiled',
  'ServicePurchaseContracted',
  'ServicePurchaseCompleted',
  'DonationDeductionQualificationGranted',
  'DonationDeductionQualificationLost',
  'LiquidationStarted',
  'LiquidationCompleted',
  'DeregistrationApplied',
] as const

/** The name of an entry type. */
export type EntryTypeName = (typeof entryTypeNames)[number]

// The compiler holds the list to the catalogue both ways: a type added to one only fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
true satisfies Same<EntryTypeName, EntryType>

const names: ReadonlySet<string> = new Set(entryTypeNames)

/** True when `name` names a built-in entry type. */
export function isEntryTypeName(name: unknown): name is EntryTypeName {
  return typeof name === 'string' && names.has(name)
}

/**
 * A host type's name: a lower-case namespace, a dot, and a past-tense name in PascalCase
 * (`town.WorkPlanFiled`). Built-in names have no dot, so a host type can never take the name
 * of a built-in one, now or in a later version of the library.
 */
export const hostEntryTypeNamePattern: RegExp = /^[a-z][a-z0-9-]{0,31}\.[A-Z][A-Za-z0-9]{1,63}$/

/** A built-in type's name, or a well-formed host type's. */
export type EntryTypeKey = EntryType | `${string}.${string}`

/**
 * A string that names an entry type, as policies name the types they cover: a built-in one,
 * or a host type's `namespace.Name`.
 */
export const entryTypeNameSchema: z.ZodMiniPipe<
  z.ZodMiniString<string>,
  z.ZodMiniCustom<EntryTypeKey, string>
> = z.pipe(
  z.string(),
  z.custom<EntryTypeKey, string>(
    (name) => isEntryTypeName(name) || hostEntryTypeNamePattern.test(name),
    { message: 'not an entry type' },
  ),
)
