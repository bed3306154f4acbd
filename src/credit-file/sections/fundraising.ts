import type { EntryOf } from '../../events/catalogue'
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
}

/** Decides the application that `amends` names as refused. */
export function fundraisingRefused(
  draft: CreditFileDraft,
  entry: EntryOf<'PublicFundraisingRefused'>,
): void {
  const application = draft.fundraisingApplications.find((item) => item.seq === entry.amends)
  if (application === undefined) return
  application.decision = 'refused'
  application.decidedOn = effectiveDay(entry.effectiveAt)
  application.decisionSeq = entry.seq
}

/** Decides the earliest undecided application filed by the grant's day as granted. */
export function fundraisingApplicationGranted(
  draft: CreditFileDraft,
  entry: EntryOf<'PublicFundraisingQualificationGranted'>,
): void {
  const on = effectiveDay(entry.effectiveAt)
  const application = draft.fundraisingApplications.find(
    (item) => item.decision === null && item.filedOn <= on,
  )
  if (application === undefined) return
  application.decision = 'granted'
  application.decidedOn = on
  application.decisionSeq = entry.seq
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
