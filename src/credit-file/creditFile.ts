import type { Draft } from 'immer'
import type { HostItem, OrganizationStatus } from '../events'
import type { AnnualReportView, InspectionView } from './sections/annual'
import type { ClosingEntry } from './sections/closure'
import type { ActivityView, CommendationView, DisclosureView } from './sections/conduct'
import type { Amendment, ErasureView } from './sections/corrections'
import type { DeductionQualificationView } from './sections/donationDeduction'
import type { EvaluationView } from './sections/evaluations'
import type {
  FundraisingApplicationView,
  FundraisingGrantView,
  FundraisingPlanView,
} from './sections/fundraising'
import type { GradeEvent, GradeView } from './sections/grade'
import type { Identity } from './sections/identity'
import type { InvestigationView } from './sections/investigations'
import type { LiquidationView } from './sections/liquidations'
import type {
  AbnormalListMembership,
  DebtorMembership,
  SeriousListMembership,
} from './sections/lists'
import type { MigrationView } from './sections/migrations'
import type { ServedNoticeView } from './sections/notices'
import type { NotResponsibleView } from './sections/notResponsible'
import type { ObjectionView } from './sections/objections'
import type { PartyOrganizationView } from './sections/partyOrganization'
import type { PenaltyView } from './sections/penalties'
import type { RecordingView } from './sections/recordings'
import type { RectificationView } from './sections/rectifications'
import type { RegistrationHistory } from './sections/registration'
import type { ServicePurchaseView } from './sections/servicePurchases'

/**
 * One organization's integrity record (诚信档案) folded from its entries: a frozen plain object
 * that prints well and survives `JSON.stringify`. Dates are calendar days in China time;
 * every item names the `seq` of the entry behind it.
 */
export interface CreditFile {
  /** The organization id. */
  readonly org: string
  /** How `org` is written: a USCC for a registered organization, a filing number for a filed group. */
  readonly idScheme: 'uscc' | 'filing' | null
  /** The effective date or instant the file was read as of; `null` for everything. */
  readonly asOf: string | null
  /** The recording date or instant the file was read as known at; `null` for all known. */
  readonly knownAt: string | null
  /** The highest stream version folded; 0 when no entry was. */
  readonly version: number
  /** The highest seq folded. */
  readonly lastSeq: number | null
  /** The effective day of the last entry in fold order; retractions and corrections aside. */
  readonly through: string | null
  /** Where the stream stands, after closures that were not voided. */
  readonly status: OrganizationStatus
  /** The entry that put the stream in its closed `status`. */
  readonly closedBy: ClosingEntry | null
  /** Who the organization is, as registered or filed and changed since. */
  readonly identity: Identity
  /** Registration, change registrations and closures, in order. */
  readonly registration: RegistrationHistory
  /** Annual reports by the year they cover (`'2023'`); a year can have several filings. */
  readonly annualReports: Readonly<Record<string, readonly AnnualReportView[]>>
  /** Annual inspections by year; a later conclusion for a year replaces the earlier one. */
  readonly inspections: Readonly<Record<string, InspectionView>>
  /** The grade now in force or last held, or `null` when none was awarded or it was cancelled. */
  readonly grade: GradeView | null
  /** Grades awarded, lowered and cancelled, in order. */
  readonly gradeHistory: readonly GradeEvent[]
  /**
   * Evaluations in order, one open at most (the last): each step's day and seq, the evaluator,
   * score, notice and reviews, how it ended, and the certificate.
   */
  readonly evaluations: readonly EvaluationView[]
  readonly commendations: readonly CommendationView[]
  /** Penalties, including revoked ones (see `revoked`). */
  readonly penalties: readonly PenaltyView[]
  /** Every abnormal-list membership, ended ones included. */
  readonly abnormalList: readonly AbnormalListMembership[]
  readonly onAbnormalList: boolean
  /** Every serious-list membership, ended ones included. */
  readonly seriousList: readonly SeriousListMembership[]
  readonly onSeriousList: boolean
  /** Every listing as a dishonest judgment debtor, ended ones included. */
  readonly dishonestDebtor: readonly DebtorMembership[]
  readonly onDishonestDebtorList: boolean
  /** Rectification orders; open ones have `completedOn: null`. */
  readonly rectifications: readonly RectificationView[]
  readonly activities: readonly ActivityView[]
  readonly disclosures: readonly DisclosureView[]
  /** Objections; open ones have `outcome: 'open'`. */
  readonly objections: readonly ObjectionView[]
  /** Corrections and retractions by the seq of the entry they amend (`'12'`). */
  readonly corrections: Readonly<Record<string, readonly Amendment[]>>
  /** Erasures of personal data by the seq of the entry whose people were erased. */
  readonly erasures: Readonly<Record<string, ErasureView>>
  /**
   * Entries carried over from another system, by seq (`'12'`): when and by which system each
   * was first recorded. An item whose seq is absent was first recorded by this ledger.
   */
  readonly migrated: Readonly<Record<string, MigrationView>>
  /**
   * When each built-in entry of credit information reached the record, in fold order: the day
   * it was formed and the day it was recorded, which CR-04's duty to enter it reads.
   */
  readonly recordings: readonly RecordingView[]
  /**
   * The sections of the host's own entry types, by section name (`workPlans`): each entry's
   * seq, type, effective day and payload, as the type's fold keeps them. Empty without host types.
   */
  readonly host: Readonly<Record<string, readonly HostItem[]>>
  /** Notices and letters served on the organization, each with the day it was next reached. */
  readonly noticesServed: readonly ServedNoticeView[]
  /** Party-organization findings in date order, each replaced by the next (AB-02). */
  readonly partyOrganization: readonly PartyOrganizationView[]
  /** Certificates that the organization was not directly responsible (AB-08). */
  readonly notResponsible: readonly NotResponsibleView[]
  /** Investigations (立案调查); open ones have `closedOn: null`. */
  readonly investigations: readonly InvestigationView[]
  /** Applications for the public-fundraising qualification, decided or not (CH-02). */
  readonly fundraisingApplications: readonly FundraisingApplicationView[]
  /** Grants of the public-fundraising qualification, each with the application it decided. */
  readonly fundraisingGrants: readonly FundraisingGrantView[]
  /** Filed public-fundraising plans, one per campaign (CH-03, CH-04). */
  readonly fundraisingPlans: readonly FundraisingPlanView[]
  /** Government purchases of the organization's services (政府购买服务), with their completion. */
  readonly servicePurchases: readonly ServicePurchaseView[]
  /** Confirmations of the donation deduction qualification (JR-07), ended ones included. */
  readonly donationDeduction: readonly DeductionQualificationView[]
  /** Liquidations, each with its end and the deregistration applied for after it. */
  readonly liquidations: readonly LiquidationView[]
}

/** A credit file while a fold changes it: plain and mutable, or an immer draft. */
export type CreditFileDraft = Draft<CreditFile>
