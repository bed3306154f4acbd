// The grades are the evaluation measures'; the entry types and their readers name them here.
export { type Grade, grades } from '../evaluation'
export {
  type AmendsRule,
  type CreditCategory,
  closedStatuses,
  type EntryTypeDefinition,
  type OrganizationStatus,
  type Upcaster,
} from './builtInEntryType'
export { canonicalBytes, canonicalJson } from './canonicalJson'
export { closingStatus, nextStatus, parseEntryData, upcastEntry } from './catalogue'
export { contentHash } from './contentHash'
export { correctEntryData } from './correctEntryData'
export { builtInCatalogue, type EntryCatalogue, entryCatalogue } from './entryCatalogue'
export { type EntryTypeKey, entryTypeNameSchema, hostEntryTypeNamePattern } from './entryTypeNames'
export {
  type Entry,
  type EntryData,
  type EntryOf,
  type EntryType,
  entryTypes,
  isEntryType,
} from './entryTypes'
export { type Cause, causeSchema, type EntryEnvelope, entryInputBaseSchema } from './envelope'
export {
  defineEntryType,
  type HostEntryType,
  type HostEntryTypeInput,
  type HostFold,
  type HostItem,
} from './hostEntryType'
export { isHostEntryType } from './hostTypeBrand'
export { type Migrated, migratedSchema } from './migrated'
export {
  type Closing,
  closingOf,
  organizationStatus,
  type StatusOfClosings,
  type Undoing,
  undoingOf,
} from './organizationStatus'
export {
  type Person,
  type PersonalData,
  type PersonField,
  personalDataSchema,
  personSchema,
} from './personalData'
export {
  type AbnormalListReason,
  type AbnormalRemovalReason,
  abnormalListReasons,
  abnormalRemovalReasons,
  type ListedOnAbnormalListData,
  type RemovedFromAbnormalListData,
} from './types/abnormalList'
export { type ActivityHeldData, type ActivityKind, activityKinds } from './types/activity'
export {
  type EntryCorrectedData,
  type EntryRetractedData,
  type PersonalDataErasedData,
  type RetractionGround,
  retractionGrounds,
} from './types/amendment'
export {
  type AnnualInspectionConcludedData,
  type InspectionResult,
  inspectionResults,
} from './types/annualInspection'
export type { AnnualReportFiledData } from './types/annualReport'
export {
  type CharityRecognizedData,
  type FundraisingRevocationReason,
  fundraisingRevocationReasons,
  type PublicFundraisingQualificationGrantedData,
  type PublicFundraisingQualificationRevokedData,
} from './types/charity'
export {
  type BannedData,
  type DeregisteredData,
  type DeregistrationReason,
  deregistrationReasons,
  type RegistrationRevokedData,
  type RevocationGround,
  revocationGrounds,
} from './types/closure'
export type { CommendedData } from './types/commendation'
export {
  type DisclosurePublishedData,
  type Visibility,
  visibilities,
} from './types/disclosure'
export { type DisclosureCategory, disclosureCategories } from './types/disclosureCategories'
export {
  type DebtorRemovalReason,
  type DishonestDebtorListedData,
  type DishonestDebtorRemovedData,
  debtorRemovalReasons,
} from './types/dishonestDebtor'
export {
  type DeductionDepartment,
  type DeductionLossReason,
  type DonationDeductionQualificationGrantedData,
  type DonationDeductionQualificationLostData,
  deductionDepartments,
  deductionLossReasons,
} from './types/donationDeduction'
export {
  type EvaluationGradedData,
  type EvaluatorType,
  evaluatorTypes,
  type GradeActionGround,
  type GradeCancelledData,
  type GradeDowngradedData,
  gradeActionGrounds,
} from './types/evaluation'
export {
  type EvaluationEligibilityDecidedData,
  type EvaluationScoredData,
  type EvaluatorAssignedData,
  type IneligibilityGround,
  ineligibilityGrounds,
  type PanelRole,
  panelRoles,
} from './types/evaluationAssessment'
export type {
  EvaluationCertificateIssuedData,
  EvaluationCertificateReturnedData,
} from './types/evaluationCertificate'
export { evaluationGradedV1ToV2 } from './types/evaluationGradedV1'
export {
  type ApplicationOccasion,
  applicationOccasions,
  type ConclusionReason,
  conclusionReasons,
  type EvaluationAppliedData,
  type EvaluationConcludedData,
  type EvaluationInitiatedData,
  type InitiatedOccasion,
  initiatedOccasions,
} from './types/evaluationProcedure'
export {
  type EvaluationResultNoticedData,
  type EvaluationReviewAnsweredData,
  type EvaluationReviewRequestedData,
  type ReviewBody,
  type ReviewOutcome,
  reviewBodies,
  reviewOutcomes,
} from './types/evaluationReview'
export {
  type AuthorityLevel,
  authorityLevels,
  type Period,
  type Provision,
} from './types/fields'
export type {
  PublicFundraisingAppliedData,
  PublicFundraisingRefusedData,
} from './types/fundraisingApplication'
export type { FundraisingPlanFiledData } from './types/fundraisingPlan'
export {
  type InvestigationClosedData,
  type InvestigationOpenedData,
  type InvestigationOutcome,
  investigationOutcomes,
} from './types/investigation'
export type {
  DeregistrationAppliedData,
  LiquidationCompletedData,
  LiquidationStartedData,
} from './types/liquidation'
export {
  type NoticeChannel,
  type NoticePurpose,
  type NoticeServedData,
  noticeChannels,
  noticePurposes,
} from './types/notice'
export {
  type CertifyingBody,
  certifyingBodies,
  type NotResponsibleCertifiedData,
} from './types/notResponsible'
export {
  type ObjectionFiledData,
  type ObjectionOutcome,
  type ObjectionResolvedData,
  objectionOutcomes,
} from './types/objection'
export {
  type PartyOrganizationStatus,
  type PartyOrganizationStatusRecordedData,
  partyOrganizationStatuses,
} from './types/partyOrganization'
export {
  type PenaltyImposedData,
  type PenaltyRevocationReason,
  type PenaltyRevokedData,
  penaltyRevocationReasons,
  type ViolationGround,
  violationGrounds,
} from './types/penalty'
export {
  type PublicationEndedData,
  type PublicationEndGround,
  publicationEndGrounds,
} from './types/publication'
export {
  type RectificationCompletedData,
  type RectificationOrderedData,
  type RectificationSource,
  rectificationSources,
} from './types/rectification'
export {
  type FoundationKind,
  foundationKinds,
  type OrganizationFiledData,
  type OrganizationRegisteredData,
} from './types/registration'
export {
  type ChangeField,
  type ChangeRegistrationRevokedData,
  changeFields,
  type RegistrationChangedData,
} from './types/registrationChange'
export { type Sanction, type SanctionKind, sanctionSchema } from './types/sanction'
export {
  type ListedOnSeriousListData,
  type RemovedFromSeriousListData,
  type SeriousListReason,
  type SeriousRemovalReason,
  seriousListReasons,
  seriousRemovalReasons,
} from './types/seriousList'
export {
  type AcceptanceResult,
  acceptanceResults,
  type PurchaseMode,
  purchaseModes,
  type ServicePurchaseCompletedData,
  type ServicePurchaseContractedData,
} from './types/servicePurchase'
