export { type Amendments, amended, amendsTheRecord, collectAmendments } from './amendments'
export type { CreditFile, CreditFileDraft } from './creditFile'
export { creditFileOf, foldCreditFile } from './creditFileOf'
export { evolve } from './evolve'
export { creditFileSchema } from './foldInputs'
export { reachesBack } from './reachesBack'
export type { CreditFileOptions } from './readWindow'
export type { AnnualReportView, InspectionView } from './sections/annual'
export type { ClosingEntry, ClosureView } from './sections/closure'
export type { ActivityView, CommendationView, DisclosureView } from './sections/conduct'
export type { Amendment, ErasureView } from './sections/corrections'
export type { DeductionQualificationView } from './sections/donationDeduction'
export type {
  CertificateView,
  EligibilityView,
  EvaluationView,
  EvaluatorView,
  NoticeView,
  ReviewView,
  ScoreView,
} from './sections/evaluations'
export type {
  FundraisingApplicationView,
  FundraisingGrantView,
  FundraisingPlanView,
} from './sections/fundraising'
export type { GradeEvent, GradeView } from './sections/grade'
export type { Identity, PublicFundraising } from './sections/identity'
export type { InvestigationView } from './sections/investigations'
export type { LiquidationView } from './sections/liquidations'
export type {
  AbnormalListMembership,
  DebtorMembership,
  ListMembership,
  SeriousListMembership,
} from './sections/lists'
export type { MigrationView } from './sections/migrations'
export type { ServedNoticeView } from './sections/notices'
export type { NotResponsibleView } from './sections/notResponsible'
export type { ObjectionView } from './sections/objections'
export type { PartyOrganizationView } from './sections/partyOrganization'
export type { PenaltyView } from './sections/penalties'
export type { RecordingView } from './sections/recordings'
export type { RectificationView } from './sections/rectifications'
export type {
  ChangeView,
  RegistrationChangeView,
  RegistrationHistory,
} from './sections/registration'
export type { ServicePurchaseView } from './sections/servicePurchases'
