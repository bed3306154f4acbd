import type { OrganizationStatus } from '../events'

/** The two lists a registrar publishes: 活动异常名录 and 严重违法失信名单. */
export type RegisterList = 'abnormal' | 'serious'

/** One stay of an organization on a published list, with the entries behind it. */
export interface RegisterListStay {
  readonly list: RegisterList
  /** The listing entry. */
  readonly seq: number
  readonly listedOn: string
  /** The day it was removed; `null` while listed. */
  readonly removedOn: string | null
  /** The listing's reason code, such as `annual_report_not_filed`. */
  readonly reason: string
  readonly removalReason: string | null
  /** The rule that proposed the listing, when a rule did. */
  readonly rule: string | null
  /** The deciding department. */
  readonly department: string
  /** The listing, its removal and the entries the listing rests on, in seq order. */
  readonly entries: readonly number[]
}

/** A stretch of days over which an organization held one grade. */
export interface RegisterGradeSpan {
  /** `'1A'` to `'5A'`. */
  readonly grade: string
  /** The first day of the stretch. */
  readonly from: string
  /** The day a later grading, downgrade or cancellation ended it; `null` while it lasts. */
  readonly until: string | null
  /** The grade's validity, both days inclusive, as `gradeValidityOf` gives it. */
  readonly validFrom: string
  readonly validTo: string
  /** The EvaluationGraded entry. */
  readonly seq: number
}

/**
 * A donation deduction qualification (公益性捐赠税前扣除资格, JR-07): the period it was
 * confirmed for and, when it was cancelled before its end, the day it was lost.
 */
export interface RegisterDeductionSpan {
  /** The first and last day of the confirmed period, both inclusive. */
  readonly validFrom: string
  readonly validTo: string
  /** The day it was cancelled; `null` while it stands. */
  readonly lostOn: string | null
  /** The DonationDeductionQualificationGranted entry. */
  readonly seq: number
}

/** A closure of the stream (deregistration, revocation, ban) and, if voided, when. */
export interface RegisterClosure {
  readonly status: Exclude<OrganizationStatus, 'active'>
  readonly on: string
  /** The day the penalty behind it was revoked; `null` while it stands. */
  readonly voidedOn: string | null
}

/**
 * One organization as the register shows it: what the directory, the published lists and the
 * statistics read, derived from its credit file with everything known. Every date is a China
 * calendar day.
 */
export interface RegisterRecord {
  /** The USCC or filing id. */
  readonly org: string
  readonly idScheme: 'uscc' | 'filing'
  readonly name: string
  /** Names it was registered under before, oldest first. */
  readonly formerNames: readonly string[]
  readonly kind: string
  readonly registrar: string
  /** `national`, `provincial`, `municipal` or `county`; `null` for a filed group. */
  readonly registrarLevel: string | null
  /** The registrar's six-digit administrative division code (USCC positions 3-8); `null` for a filed group. */
  readonly division: string | null
  /** The day it was registered or filed. */
  readonly registeredOn: string
  /** Where it stands now. */
  readonly status: OrganizationStatus
  readonly closures: readonly RegisterClosure[]
  readonly grades: readonly RegisterGradeSpan[]
  /**
   * Donation deduction qualifications, in the order confirmed. A record stored before this field
   * existed lacks it until the register is rebuilt; `deductionOn` reads it as none.
   */
  readonly donationDeduction: readonly RegisterDeductionSpan[]
  readonly stays: readonly RegisterListStay[]
  /** The last entry folded. */
  readonly lastSeq: number
}
