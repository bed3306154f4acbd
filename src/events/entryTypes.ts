import type * as z from 'zod'
import type { EntryEnvelope } from './envelope'
import { listedOnAbnormalList, removedFromAbnormalList } from './types/abnormalList'
import { activityHeld } from './types/activity'
import { entryCorrected, entryRetracted, personalDataErased } from './types/amendment'
import { annualInspectionConcluded } from './types/annualInspection'
import { annualReportFiled } from './types/annualReport'
import {
  charityRecognized,
  publicFundraisingQualificationGranted,
  publicFundraisingQualificationRevoked,
} from './types/charity'
import { banned, deregistered, registrationRevoked } from './types/closure'
import { commended } from './types/commendation'
import { disclosurePublished } from './types/disclosure'
import { dishonestDebtorListed, dishonestDebtorRemoved } from './types/dishonestDebtor'
import {
  donationDeductionQualificationGranted,
  donationDeductionQualificationLost,
} from './types/donationDeduction'
import { evaluationGraded, gradeCancelled, gradeDowngraded } from './types/evaluation'
import {
  evaluationEligibilityDecided,
  evaluationScored,
  evaluatorAssigned,
} from './types/evaluationAssessment'
import {
  evaluationCertificateIssued,
  evaluationCertificateReturned,
} from './types/evaluationCertificate'
import {
  evaluationApplied,
  evaluationConcluded,
  evaluationInitiated,
} from './types/evaluationProcedure'
import {
  evaluationResultNoticed,
  evaluationReviewAnswered,
  evaluationReviewRequested,
} from './types/evaluationReview'
import { publicFundraisingApplied, publicFundraisingRefused } from './types/fundraisingApplication'
import { fundraisingPlanFiled } from './types/fundraisingPlan'
import { investigationClosed, investigationOpened } from './types/investigation'
import {
  deregistrationApplied,
  liquidationCompleted,
  liquidationStarted,
} from './types/liquidation'
import { noticeServed } from './types/notice'
import { notResponsibleCertified } from './types/notResponsible'
import { objectionFiled, objectionResolved } from './types/objection'
import { partyOrganizationStatusRecorded } from './types/partyOrganization'
import { penaltyImposed, penaltyRevoked } from './types/penalty'
import { publicationEnded } from './types/publication'
import { rectificationCompleted, rectificationOrdered } from './types/rectification'
import { organizationFiled, organizationRegistered } from './types/registration'
import { changeRegistrationRevoked, registrationChanged } from './types/registrationChange'
import { listedOnSeriousList, removedFromSeriousList } from './types/seriousList'
import { servicePurchaseCompleted, servicePurchaseContracted } from './types/servicePurchase'

const registry: {
  readonly OrganizationRegistered: typeof organizationRegistered
  readonly OrganizationFiled: typeof organizationFiled
  readonly RegistrationChanged: typeof registrationChanged
  readonly ChangeRegistrationRevoked: typeof changeRegistrationRevoked
  readonly CharityRecognized: typeof charityRecognized
  readonly PublicFundraisingQualificationGranted: typeof publicFundraisingQualificationGranted
  readonly PublicFundraisingQualificationRevoked: typeof publicFundraisingQualificationRevoked
  readonly ActivityHeld: typeof activityHeld
  readonly AnnualReportFiled: typeof annualReportFiled
  readonly AnnualInspectionConcluded: typeof annualInspectionConcluded
  readonly RectificationOrdered: typeof rectificationOrdered
  readonly RectificationCompleted: typeof rectificationCompleted
  readonly EvaluationApplied: typeof evaluationApplied
  readonly EvaluationInitiated: typeof evaluationInitiated
  readonly EvaluationEligibilityDecided: typeof evaluationEligibilityDecided
  readonly EvaluatorAssigned: typeof evaluatorAssigned
  readonly EvaluationScored: typeof evaluationScored
  readonly EvaluationResultNoticed: typeof evaluationResultNoticed
  readonly EvaluationReviewRequested: typeof evaluationReviewRequested
  readonly EvaluationReviewAnswered: typeof evaluationReviewAnswered
  readonly EvaluationGraded: typeof evaluationGraded
  readonly EvaluationConcluded: typeof evaluationConcluded
  readonly EvaluationCertificateIssued: typeof evaluationCertificateIssued
  readonly EvaluationCertificateReturned: typeof evaluationCertificateReturned
  readonly GradeDowngraded: typeof gradeDowngraded
  readonly GradeCancelled: typeof gradeCancelled
  readonly Commended: typeof commended
  readonly PenaltyImposed: typeof penaltyImposed
  readonly PenaltyRevoked: typeof penaltyRevoked
  readonly ListedOnAbnormalList: typeof listedOnAbnormalList
  readonly RemovedFromAbnormalList: typeof removedFromAbnormalList
  readonly ListedOnSeriousList: typeof listedOnSeriousList
  readonly RemovedFromSeriousList: typeof removedFromSeriousList
  readonly DishonestDebtorListed: typeof dishonestDebtorListed
  readonly DishonestDebtorRemoved: typeof dishonestDebtorRemoved
  readonly DisclosurePublished: typeof disclosurePublished
  readonly ObjectionFiled: typeof objectionFiled
  readonly ObjectionResolved: typeof objectionResolved
  readonly EntryCorrected: typeof entryCorrected
  readonly EntryRetracted: typeof entryRetracted
  readonly PersonalDataErased: typeof personalDataErased
  readonly PublicationEnded: typeof publicationEnded
  readonly Deregistered: typeof deregistered
  readonly RegistrationRevoked: typeof registrationRevoked
  readonly Banned: typeof banned
  readonly NoticeServed: typeof noticeServed
  readonly PartyOrganizationStatusRecorded: typeof partyOrganizationStatusRecorded
  readonly NotResponsibleCertified: typeof notResponsibleCertified
  readonly InvestigationOpened: typeof investigationOpened
  readonly InvestigationClosed: typeof investigationClosed
  readonly PublicFundraisingApplied: typeof publicFundraisingApplied
  readonly PublicFundraisingRefused: typeof publicFundraisingRefused
  readonly FundraisingPlanFiled: typeof fundraisingPlanFiled
  readonly ServicePurchaseContracted: typeof servicePurchaseContracted
  readonly ServicePurchaseCompleted: typeof servicePurchaseCompleted
  readonly DonationDeductionQualificationGranted: typeof donationDeductionQualificationGranted
  readonly DonationDeductionQualificationLost: typeof donationDeductionQualificationLost
  readonly LiquidationStarted: typeof liquidationStarted
  readonly LiquidationCompleted: typeof liquidationCompleted
  readonly DeregistrationApplied: typeof deregistrationApplied
} = {
  OrganizationRegistered: organizationRegistered,
  OrganizationFiled: organizationFiled,
  RegistrationChanged: registrationChanged,
  ChangeRegistrationRevoked: changeRegistrationRevoked,
  CharityRecognized: charityRecognized,
  PublicFundraisingQualificationGranted: publicFundraisingQualificationGranted,
  PublicFundraisingQualificationRevoked: publicFundraisingQualificationRevoked,
  ActivityHeld: activityHeld,
  AnnualReportFiled: annualReportFiled,
  AnnualInspectionConcluded: annualInspectionConcluded,
  RectificationOrdered: rectificationOrdered,
  RectificationCompleted: rectificationCompleted,
  EvaluationApplied: evaluationApplied,
  EvaluationInitiated: evaluationInitiated,
  EvaluationEligibilityDecided: evaluationEligibilityDecided,
  EvaluatorAssigned: evaluatorAssigned,
  EvaluationScored: evaluationScored,
  EvaluationResultNoticed: evaluationResultNoticed,
  EvaluationReviewRequested: evaluationReviewRequested,
  EvaluationReviewAnswered: evaluationReviewAnswered,
  EvaluationGraded: evaluationGraded,
  EvaluationConcluded: evaluationConcluded,
  EvaluationCertificateIssued: evaluationCertificateIssued,
  EvaluationCertificateReturned: evaluationCertificateReturned,
  GradeDowngraded: gradeDowngraded,
  GradeCancelled: gradeCancelled,
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
  PublicationEnded: publicationEnded,
  Deregistered: deregistered,
  RegistrationRevoked: registrationRevoked,
  Banned: banned,
  NoticeServed: noticeServed,
  PartyOrganizationStatusRecorded: partyOrganizationStatusRecorded,
  NotResponsibleCertified: notResponsibleCertified,
  InvestigationOpened: investigationOpened,
  InvestigationClosed: investigationClosed,
  PublicFundraisingApplied: publicFundraisingApplied,
  PublicFundraisingRefused: publicFundraisingRefused,
  FundraisingPlanFiled: fundraisingPlanFiled,
  ServicePurchaseContracted: servicePurchaseContracted,
  ServicePurchaseCompleted: servicePurchaseCompleted,
  DonationDeductionQualificationGranted: donationDeductionQualificationGranted,
  DonationDeductionQualificationLost: donationDeductionQualificationLost,
  LiquidationStarted: liquidationStarted,
  LiquidationCompleted: liquidationCompleted,
  DeregistrationApplied: deregistrationApplied,
}

/** Every entry type the ledger accepts, by name. */
export const entryTypes: Readonly<typeof registry> = Object.freeze(registry)

/** The name of an entry type. */
export type EntryType = keyof typeof registry

/** The payload of an entry of type `T`, as its current schema parses it. */
export type EntryData<T extends EntryType> = z.output<(typeof registry)[T]['data']>

/** A stored entry of type `T`. */
export type EntryOf<T extends EntryType> = EntryEnvelope<T, EntryData<T>>

/** A stored entry of any type, narrowed by `entry.type`. */
export type Entry = { [T in EntryType]: EntryOf<T> }[EntryType]

/** True when `name` is the name of an entry type. */
export function isEntryType(name: string): name is EntryType {
  return typeof name === 'string' && Object.hasOwn(registry, name)
}
