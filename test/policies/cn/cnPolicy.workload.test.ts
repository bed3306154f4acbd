import { describe, expect, it } from 'vitest'
import type { Decision, EntryEnvelope } from '../../../src/index'
import { cnPolicy } from '../../../src/policies'
import { replayWorkload } from './workloadReplay'

type Proposal = Extract<Decision, { kind: 'proposal' }>
type Stored = EntryEnvelope<string, Record<string, unknown>>

const N = 200
const dayOf = (entry: Stored) => entry.effectiveAt.slice(0, 10)
const basedOn = (entry: Stored) => (entry.data.basedOn as number[] | undefined) ?? []

/**
 * The recorded entry a listing proposal repeats, read from the stream itself: a listing of the
 * same type and reason, in force on `at` (not removed, or moved to the serious list and still
 * there), naming every entry the proposal rests on or, naming none, dated on or after them.
 */
function repeatedListing(proposal: Proposal, stream: readonly Stored[], at: string) {
  const days = new Map(stream.map((entry) => [entry.seq, dayOf(entry)]))
  const removal = (seq: number, type: string) =>
    stream.find((e) => e.type === type && e.amends === seq && dayOf(e) <= at)
  const removalType = (type: string) => type.replace('ListedOn', 'RemovedFrom')
  return stream.find((listing) => {
    if (listing.type !== proposal.entry.type || dayOf(listing) > at) return false
    if (listing.data.reason !== proposal.entry.data.reason) return false
    const ended = removal(listing.seq, removalType(listing.type))
    if (ended !== undefined) {
      const moved =
        ended.data.reason === 'escalated' &&
        stream.some(
          (serious) =>
            serious.type === 'ListedOnSeriousList' &&
            dayOf(serious) <= at &&
            (basedOn(serious).includes(listing.seq) ||
              (basedOn(serious).length === 0 && dayOf(serious) === dayOf(ended))) &&
            removal(serious.seq, 'RemovedFromSeriousList') === undefined,
        )
      if (!moved) return false
    }
    const grounds = proposal.inputs.filter((s) => s !== listing.seq && s !== ended?.seq)
    return basedOn(listing).length > 0
      ? grounds.every((seq) => basedOn(listing).includes(seq))
      : grounds.every((seq) => (days.get(seq) ?? '9999') <= dayOf(listing))
  })
}

/** The grade action a downgrade or cancellation proposal repeats: same ground, since the award, after its grounds. */
function repeatedGradeAction(proposal: Proposal, stream: readonly Stored[], at: string) {
  const days = new Map(stream.map((entry) => [entry.seq, dayOf(entry)]))
  const awards = stream.filter((e) => e.type === 'EvaluationGraded' && dayOf(e) <= at)
  const award = awards[awards.length - 1]?.seq ?? -1
  return stream.find(
    (action) =>
      action.seq > award &&
      (action.type === 'GradeDowngraded' || action.type === 'GradeCancelled') &&
      action.data.ground === proposal.entry.data.ground &&
      dayOf(action) <= at &&
      proposal.inputs.every((seq) => (days.get(seq) ?? '9999') <= dayOf(action)),
  )
}

describe('cnPolicy over the standard workload', () => {
  it(`proposes nothing twice for one ground while its effect is recorded (${N} organizations, 2015-2024)`, async () => {
    const repeats: string[] = []
    const checked = { listings: 0, gradeActions: 0 }
    const { applied } = await replayWorkload(
      cnPolicy,
      N,
      '2024-12-31',
      async ({ at, ledger, decisions }) => {
        for (const decision of decisions) {
          if (decision.kind !== 'proposal') continue
          const type = decision.entry.type
          const listing = type === 'ListedOnAbnormalList' || type === 'ListedOnSeriousList'
          const gradeAction = type === 'GradeDowngraded' || type === 'GradeCancelled'
          if (!listing && !gradeAction) continue
          const stream = (await ledger.entries(decision.org)) as readonly Stored[]
          const repeated = listing
            ? repeatedListing(decision, stream, at)
            : repeatedGradeAction(decision, stream, at)
          if (listing) checked.listings++
          else checked.gradeActions++
          if (repeated !== undefined)
            repeats.push(
              `${at} ${decision.org} ${decision.rule} ${type} repeats entry ${repeated.seq}`,
            )
        }
      },
    )
    expect(repeats).toEqual([])
    // The sweep must have had something to judge: listings and grade actions were proposed and applied.
    expect(checked.listings).toBeGreaterThan(50)
    expect(checked.gradeActions).toBeGreaterThan(10)
    expect(applied).toBeGreaterThan(200)
  }, 120_000)
})
