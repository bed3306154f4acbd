import type {
  ActivityKind,
  AuthorityLevel,
  DisclosureCategory,
  EntryOf,
  Period,
  Visibility,
} from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** A meeting, service or project: evidence that the organization is active. */
export interface ActivityView {
  readonly seq: number
  readonly on: string
  readonly kind: ActivityKind
  readonly description: string
}

/** Information the organization published. */
export interface DisclosureView {
  readonly seq: number
  readonly on: string
  readonly category: DisclosureCategory
  readonly title: string
  readonly visibility: Visibility
  readonly body: string | null
  readonly documentSha256: string | null
  readonly period: Period | null
  /** The seq of the fundraising plan the disclosure reports on, when it names one. */
  readonly campaign: number | null
}

/** An honour a government body awarded. */
export interface CommendationView {
  readonly seq: number
  readonly on: string
  readonly honour: string
  readonly level: AuthorityLevel
  readonly awardedBy: string
}

/** Adds the activity. */
export function activityHeld(draft: CreditFileDraft, entry: EntryOf<'ActivityHeld'>): void {
  draft.activities.push({
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    kind: entry.data.kind,
    description: entry.data.description,
  })
}

/** Adds the disclosure. */
export function disclosurePublished(
  draft: CreditFileDraft,
  entry: EntryOf<'DisclosurePublished'>,
): void {
  const data = entry.data
  draft.disclosures.push({
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    category: data.category,
    title: data.title,
    visibility: data.visibility,
    body: data.body ?? null,
    documentSha256: data.documentSha256 ?? null,
    period: data.period === undefined ? null : { from: data.period.from, to: data.period.to },
    campaign: data.campaign ?? null,
  })
}

/** Adds the commendation. */
export function commended(draft: CreditFileDraft, entry: EntryOf<'Commended'>): void {
  draft.commendations.push({
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    honour: entry.data.honour,
    level: entry.data.level,
    awardedBy: entry.data.awardedBy,
  })
}
