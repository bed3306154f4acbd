import type { EntryOf } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** An application for the public-fundraising qualification, and how it was decided (CH-02). */
export interface FundraisingApplicationView {
  readonly seq: number
  /** The day the materials were complete. */
  readonly filedOn: string
  readonly department: string
  readonly decision: 'granted' | 'refused' | null
  readonly decidedOn: string | null
  readonly decisionSeq: number | null
}

/** A grant of the public-fundraising qualification, and the application it decided (CH-02). */
export interface FundraisingGrantView {
  readonly seq: number
  readonly on: string
  /** The seq of the application it decided; `null` when no open application was filed by its day. */
  readonly application: number | null
}

/** A filed public-fundraising plan: the campaign it announces (CH-03, CH-04). */
export interface FundraisingPlanView {
  readonly seq: number
  readonly filedOn: string
  /** The China-time day the ledger recorded the filing: the day it became public. */
  readonly recordedOn: string
  readonly title: string
  readonly from: string
  readonly to: string
  readonly emergency: boolean
  readonly emergencyPhaseTo: string | null
  readonly filedWith: string
}

/** Adds the application, undecided. */
export function fundraisingApplied(
  draft: CreditFileDraft,
  entry: EntryOf<'PublicFundraisingApplied'>,
): void {
  draft.fundraisingApplications.push({
    seq: entry.seq,
    filedOn: effectiveDay(entry.effectiveAt),
    department: entry.data.department,
    decision: null,
    decidedOn: null,
    decisionSeq: null,
  })
  // A grant folded before it on its own day (a back-filled application) decides it still, so
  // the outcome does not hang on the order of the day's entries.
  const application = draft.fundraisingApplications.at(-1) as FundraisingApplicationDraft
  const grant = draft.fundraisingGrants.find(
    (item) => item.application === null && item.on >= application.filedOn,
  )
  if (grant !== undefined) grantApplication(application, grant)
}

type FundraisingApplicationDraft = CreditFileDraft['fundraisingApplications'][number]
type FundraisingGrantDraft = CreditFileDraft['fundraisingGrants'][number]

function grantApplication(
  application: FundraisingApplicationDraft,
  grant: FundraisingGrantDraft,
): void {
  application.decision = 'granted'
  application.decidedOn = grant.on
  application.decisionSeq = grant.seq
  grant.application = application.seq
}

/** Decides the application that `amends` names as refused, unless it is already decided. */
export function fundraisingRefused(
  draft: CreditFileDraft,
  entry: EntryOf<'PublicFundraisingRefused'>,
): void {
  const application = draft.fundraisingApplications.find((item) => item.seq === entry.amends)
  if (application === undefined || application.decision !== null) return
  application.decision = 'refused'
  application.decidedOn = effectiveDay(entry.effectiveAt)
  application.decisionSeq = entry.seq
}

/**
 * Adds the grant, and decides the earliest undecided application filed by its day as granted;
 * an application of the same day folded after it is decided by it then.
 */
export function fundraisingApplicationGranted(
  draft: CreditFileDraft,
  entry: EntryOf<'PublicFundraisingQualificationGranted'>,
): void {
  const on = effectiveDay(entry.effectiveAt)
  draft.fundraisingGrants.push({ seq: entry.seq, on, application: null })
  const grant = draft.fundraisingGrants.at(-1) as FundraisingGrantDraft
  const application = draft.fundraisingApplications.find(
    (item) => item.decision === null && item.filedOn <= on,
  )
  if (application !== undefined) grantApplication(application, grant)
}

/** Adds the plan. */
export function fundraisingPlanFiled(
  draft: CreditFileDraft,
  entry: EntryOf<'FundraisingPlanFiled'>,
): void {
  const data = entry.data
  draft.fundraisingPlans.push({
    seq: entry.seq,
    filedOn: effectiveDay(entry.effectiveAt),
    recordedOn: effectiveDay(entry.recordedAt),
    title: data.title,
    from: data.period.from,
    to: data.period.to,
    emergency: data.emergency,
    emergencyPhaseTo: data.emergencyPhaseTo ?? null,
    filedWith: data.filedWith,
  })
}
