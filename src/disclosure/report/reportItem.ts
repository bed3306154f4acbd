import type { DisclosedEntry, DisclosedPeople, InclusionBundle } from '../../proof'

/**
 * A later entry shown in the same report that bears on this one: one that amends it (a
 * correction, revocation, removal, resolution or erasure) or an objection that disputes it.
 */
export interface ReportNote {
  readonly seq: number
  readonly type: string
  /** Its effective day. */
  readonly on: string
}

/** One entry of a public report, with the proof that it is in the signed log. */
export interface ReportItem {
  readonly entry: DisclosedEntry
  /** Inclusion of the entry's leaf in the tree of the report's checkpoint. */
  readonly proof: InclusionBundle
  /** What later entries of the report say about this one; `verifyReport` recomputes them. */
  readonly notes: readonly ReportNote[]
  /**
   * The people fields the policy makes public, proved against the entry's `personalHash`;
   * absent when none is shown or the people were erased.
   */
  readonly people?: DisclosedPeople
}
