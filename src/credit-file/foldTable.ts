import type { Entry, EntryOf, EntryType } from '../events'
import type { CreditFileDraft } from './creditFile'
import { annualInspectionConcluded, annualReportFiled } from './sections/annual'
import {
  certificateIssued,
  certificateRecalled,
  certificateReturned,
} from './sections/certificates'
import { closed } from './sections/closure'
import { activityHeld, commended, disclosurePublished } from './sections/conduct'
import { entryCorrected, entryRetracted, personalDataErased } from './sections/corrections'
import { deductionGranted, deductionLost } from './sections/donationDeduction'
import {
  eligibilityDecided,
  evaluationScored,
  evaluatorAssigned,
  resultNoticed,
  reviewAnswered,
  reviewRequested,
} from './sections/evaluationSteps'
import {
  evaluationApplied,
  evaluationConcluded,
  evaluationEndedWithGrade,
  evaluationInitiated,
} from './sections/evaluations'
import {
  fundraisingApplicationGranted,
  fundraisingApplied,
  fundraisingPlanFiled,
  fundraisingRefused,
} from './sections/fundraising'
import { evaluationGraded, gradeCancelled, gradeDowngraded } from './sections/grade'
import {
  charityRecognized,
  fundraisingGranted,
  fundraisingRevoked,
  organizationFiled,
  organizationRegistered,
} from './sections/identity'
import { investigationClosed, investigationOpened } from './sections/investigations'
import {
  deregistrationApplied,
  liquidationCompleted,
  liquidationStarted,
} from './sections/liquidations'
import {
  dishonestDebtorListed,
  dishonestDebtorRemoved,
  listedOnAbnormalList,
  listedOnSeriousList,
  removedFromAbnormalList,
  removedFromSeriousList,
} from './sections/lists'
import { noticeServed } from './sections/notices'
import { notResponsibleCertified } from './sections/notResponsible'
import { objectionFiled, objectionResolved } from './sections/objections'
import { partyOrganizationStatusRecorded } from './sections/partyOrganization'
import { penaltyImposed, penaltyRevoked } from './sections/penalties'
import { rectificationCompleted, rectificationOrdered } from './sections/rectifications'
import { changeRegistrationRevoked, registrationChanged } from './sections/registration'
import { servicePurchaseCompleted, servicePurchaseContracted } from './sections/servicePurchases'

/** What one entry of type `T` does to a file, on a plain object or an immer draft alike. */
export type EntryFold<T extends EntryType> = (draft: CreditFileDraft, entry: EntryOf<T>) => void

/** A type that changes no section of the file; the fold still notes its seq, version and day. */
function changesNothing(): void {}

/**
 * What each built-in entry type does to a file, written once for both paths: the full fold
 * runs it on a plain object, `evolve` on an immer draft. Keyed by every built-in type, so a
 * type added to the catalogue without a fold here does not compile.
 */
export const foldTable: { readonly [T in EntryType]: EntryFold<T> } = {
  OrganizationRegistered: organizationRegistered,
  OrganizationFiled: organizationFiled,
  RegistrationChanged: registrationChanged,
  ChangeRegistrationRevoked: changeRegistrationRevoked,
  CharityRecognized: charityRecognized,
  PublicFundraisingQualificationGranted(draft, entry) {
    fundraisingGranted(draft, entry)
    fundraisingApplicationGranted(draft, entry)
  },
  PublicFundraisingQualificationRevoked: fundraisingRevoked,
  ActivityHeld: activityHeld,
  AnnualReportFiled: annualReportFiled,
  AnnualInspectionConcluded: annualInspectionConcluded,
  RectificationOrdered: rectificationOrdered,
  RectificationCompleted: rectificationCompleted,
  EvaluationApplied: evaluationApplied,
  EvaluationInitiated: evaluationInitiated,
  EvaluationEligibilityDecided: eligibilityDecided,
  EvaluatorAssigned: evaluatorAssigned,
  EvaluationScored: evaluationScored,
  EvaluationResultNoticed: resultNoticed,
  EvaluationReviewRequested: reviewRequested,
  EvaluationReviewAnswered: reviewAnswered,
  EvaluationGraded(draft, entry) {
    evaluationGraded(draft, entry)
    evaluationEndedWithGrade(draft, entry)
  },
  EvaluationConcluded: evaluationConcluded,
  EvaluationCertificateIssued: certificateIssued,
  EvaluationCertificateReturned: certificateReturned,
  GradeDowngraded(draft, entry) {
    certificateRecalled(draft, entry)
    gradeDowngraded(draft, entry)
  },
  GradeCancelled(draft, entry) {
    certificateRecalled(draft, entry)
    gradeCancelled(draft, entry)
  },
  Commended: commended,
  PenaltyImposed: penaltyImposed,
  PenaltyRevoked: penaltyRevoked,
  ListedOnAbnormalList: listedOnAbnormalList,
  RemovedFromAbnormalList: removedFromAbnormalList,
  ListedOnSeriousList: listedOnSeriousList,
  RemovedFromSeriousList: removedFromSeriousList,
  DishonestDebtorListed: dishonestDebtorListed,
  DishonestDebtorRemoved: dishonestDebtorRemoved,
  DisclosurePublished: disclosurePublished,
  ObjectionFiled: objectionFiled,
  ObjectionResolved: objectionResolved,
  EntryCorrected: entryCorrected,
  EntryRetracted: entryRetracted,
  PersonalDataErased: personalDataErased,
  // The end of a publication window is disclosure's to read: the public report leaves the ended
  // entry out, while the file keeps it as it is.
  PublicationEnded: changesNothing,
  Deregistered: closed,
  RegistrationRevoked: closed,
  Banned: closed,
  NoticeServed: noticeServed,
  PartyOrganizationStatusRecorded: partyOrganizationStatusRecorded,
  NotResponsibleCertified: notResponsibleCertified,
  InvestigationOpened: investigationOpened,
  InvestigationClosed: investigationClosed,
  PublicFundraisingApplied: fundraisingApplied,
  PublicFundraisingRefused: fundraisingRefused,
  FundraisingPlanFiled: fundraisingPlanFiled,
  ServicePurchaseContracted: servicePurchaseContracted,
  ServicePurchaseCompleted: servicePurchaseCompleted,
  DonationDeductionQualificationGranted: deductionGranted,
  DonationDeductionQualificationLost: deductionLost,
  LiquidationStarted: liquidationStarted,
  LiquidationCompleted: liquidationCompleted,
  DeregistrationApplied: deregistrationApplied,
}

/** Folds a built-in entry with its type's fold from `foldTable`. */
export function foldBuiltIn(draft: CreditFileDraft, entry: Entry): void {
  // The table pairs each type with its own fold, which the union of folds cannot express.
  const fold = foldTable[entry.type] as (draft: CreditFileDraft, entry: Entry) => void
  fold(draft, entry)
}
