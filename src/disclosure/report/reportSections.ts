import { hostEntryTypeNamePattern } from '../../events'

/**
 * The sections of a public report, in the order the national public platform shows them:
 * basic information; founding, change and deregistration notices; annual inspections;
 * evaluation grade (with the evaluation's notice and certificate); the donation deduction
 * qualification the grade opens (EV-14, JR-07); commendations; government
 * purchases of services (Order 60 Art. 7); administrative penalties; the abnormal, serious and
 * debtor lists; annual reports and other disclosures; and objections, corrections and erasures.
 */
export const reportSections = [
  'basic',
  'notices',
  'inspections',
  'grade',
  'donationDeduction',
  'commendations',
  'servicePurchases',
  'penalties',
  'lists',
  'disclosures',
  'record',
] as const

/** A section of a public report. */
export type ReportSection = (typeof reportSections)[number]

const SECTION_OF: Readonly<Record<string, ReportSection>> = {
  OrganizationRegistered: 'basic',
  OrganizationFiled: 'basic',
  CharityRecognized: 'basic',
  PublicFundraisingQualificationGranted: 'basic',
  RegistrationChanged: 'notices',
  ChangeRegistrationRevoked: 'notices',
  Deregistered: 'notices',
  AnnualInspectionConcluded: 'inspections',
  RectificationOrdered: 'inspections',
  RectificationCompleted: 'inspections',
  EvaluationApplied: 'grade',
  EvaluationInitiated: 'grade',
  EvaluationEligibilityDecided: 'grade',
  EvaluatorAssigned: 'grade',
  EvaluationScored: 'grade',
  EvaluationResultNoticed: 'grade',
  EvaluationReviewRequested: 'grade',
  EvaluationReviewAnswered: 'grade',
  EvaluationGraded: 'grade',
  EvaluationConcluded: 'grade',
  EvaluationCertificateIssued: 'grade',
  EvaluationCertificateReturned: 'grade',
  GradeDowngraded: 'grade',
  GradeCancelled: 'grade',
  Commended: 'commendations',
  ServicePurchaseContracted: 'servicePurchases',
  ServicePurchaseCompleted: 'servicePurchases',
  PenaltyImposed: 'penalties',
  PenaltyRevoked: 'penalties',
  RegistrationRevoked: 'penalties',
  Banned: 'penalties',
  PublicFundraisingQualificationRevoked: 'penalties',
  ListedOnAbnormalList: 'lists',
  RemovedFromAbnormalList: 'lists',
  ListedOnSeriousList: 'lists',
  RemovedFromSeriousList: 'lists',
  DishonestDebtorListed: 'lists',
  DishonestDebtorRemoved: 'lists',
  AnnualReportFiled: 'disclosures',
  DisclosurePublished: 'disclosures',
  ActivityHeld: 'disclosures',
  PublicFundraisingApplied: 'basic',
  PublicFundraisingRefused: 'basic',
  FundraisingPlanFiled: 'disclosures',
  DonationDeductionQualificationGranted: 'donationDeduction',
  DonationDeductionQualificationLost: 'donationDeduction',
  LiquidationStarted: 'notices',
  LiquidationCompleted: 'notices',
  DeregistrationApplied: 'notices',
}

/**
 * The section an entry type is shown in: a host type's public entries among the other
 * disclosures, `record` for objections, corrections and the rest.
 */
export function sectionOf(type: string): ReportSection {
  if (Object.hasOwn(SECTION_OF, type)) return SECTION_OF[type] as ReportSection
  return hostEntryTypeNamePattern.test(type) ? 'disclosures' : 'record'
}
