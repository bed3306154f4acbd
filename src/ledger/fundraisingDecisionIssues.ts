import { foldCreditFile } from '../credit-file'
import type { Issue } from '../errors'
import type { Entry, EntryEnvelope } from '../events'
import type { ValidInput } from './entryInput'
import type { StreamSummary } from './streamIndex'

/** The entries that decide CH-02's applications: the applications, grants and refusals. */
const decisionTypes: ReadonlySet<string> = new Set<string>([
  'PublicFundraisingApplied',
  'PublicFundraisingQualificationGranted',
  'PublicFundraisingRefused',
])

const NONE: readonly EntryEnvelope[] = Object.freeze([])

/**
 * The fundraising-decision entries of a stream after one more entry: it joins them when it is
 * one, or when it corrects or retracts one of them, so the ledger decides applications as the
 * credit file does.
 */
export function withFundraisingDecision(
  kept: readonly EntryEnvelope[] | undefined,
  entry: EntryEnvelope,
): readonly EntryEnvelope[] {
  const before = kept ?? NONE
  if (decisionTypes.has(entry.type)) return [...before, entry]
  const amending = entry.type === 'EntryRetracted' || entry.type === 'EntryCorrected'
  if (amending && before.some((other) => other.seq === entry.amends)) return [...before, entry]
  return before
}

/**
 * The issue of a refusal of an application the record already decides, by a grant or an
 * earlier refusal: a decision stands until it is retracted, and a second one would replace it.
 */
export function fundraisingDecisionIssues(
  input: ValidInput,
  summary: StreamSummary | undefined,
): Issue[] {
  if (input.type !== 'PublicFundraisingRefused' || summary === undefined) return []
  const kept = summary.fundraising as readonly Entry[]
  const file = foldCreditFile(kept, {}, false)
  const application = file.fundraisingApplications.find((item) => item.seq === input.amends)
  if (application === undefined || application.decision === null) return []
  return [
    {
      code: 'application_decided',
      path: ['amends'],
      message: `the application (entry ${input.amends}) was ${application.decision} on ${application.decidedOn} (entry ${application.decisionSeq}); retract that decision before recording another`,
    },
  ]
}
