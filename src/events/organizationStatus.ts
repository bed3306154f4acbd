import { dayOf } from '../time'
import type { OrganizationStatus } from './builtInEntryType'
import { closingStatus, type Entry } from './catalogue'

/** An entry that closes a stream, as an organization's status reads it. */
export interface Closing {
  readonly seq: number
  /** The day it took effect. */
  readonly on: string
  readonly status: Exclude<OrganizationStatus, 'active'>
  /** The penalty decision it rests on besides itself, whose revocation voids it too. */
  readonly penalty: number | null
}

/** A retraction of an entry, or the revocation of a penalty. */
export interface Undoing {
  readonly kind: 'retraction' | 'revocation'
  readonly seq: number
  /** The day it took effect. */
  readonly on: string
  /** The seq of the entry it undoes. */
  readonly target: number
}

/** Where an organization stands, and which closings revocations voided. */
export interface StatusOfClosings<C extends Closing> {
  readonly status: OrganizationStatus
  /** The closing the status comes from; undefined while the organization is active. */
  readonly closedBy: C | undefined
  /** The revocation that voided a closing, by the closing's seq. */
  readonly voidedBy: ReadonlyMap<number, Undoing>
}

/** The closing an entry makes; undefined for an entry that closes nothing. */
export function closingOf(entry: Entry): Closing | undefined {
  const status = closingStatus(entry)
  if (status === undefined || status === 'active') return undefined
  const penalty = entry.type === 'RegistrationRevoked' ? (entry.data.penalty ?? null) : null
  return { seq: entry.seq, on: dayOf(entry.effectiveAt), status, penalty }
}

/** The retraction or penalty revocation an entry makes; undefined for any other entry. */
export function undoingOf(entry: Entry): Undoing | undefined {
  if (entry.amends === undefined) return undefined
  const kind =
    entry.type === 'EntryRetracted'
      ? 'retraction'
      : entry.type === 'PenaltyRevoked'
        ? 'revocation'
        : undefined
  if (kind === undefined) return undefined
  return { kind, seq: entry.seq, on: dayOf(entry.effectiveAt), target: entry.amends }
}

const ACTIVE: StatusOfClosings<never> = Object.freeze({
  status: 'active',
  closedBy: undefined,
  voidedBy: new Map(),
})

/**
 * An organization's status from its closings, in the order they took effect (day, then seq),
 * and the retractions and penalty revocations among its entries, in any order. A retraction
 * counts unless it is retracted itself, and a retracted entry counts for nothing. The first
 * revocation of a penalty that stands voids the closings before it, in effective order, that
 * are or rest on that penalty. The status is that of the last closing still standing: one
 * retracted or voided reopens the organization, or falls back to the closing before it.
 *
 * @example
 * organizationStatus([{ seq: 4, on: '2024-05-01', status: 'revoked', penalty: 3 }], [])
 * // { status: 'revoked', closedBy: { seq: 4, … }, voidedBy: Map(0) }
 */
export function organizationStatus<C extends Closing>(
  closings: readonly C[],
  undoings: readonly Undoing[],
): StatusOfClosings<C> {
  if (closings.length === 0) return ACTIVE
  const retracted = retractedBy(undoings)
  const revocations = undoings
    .filter((u) => u.kind === 'revocation' && !retracted.has(u.seq) && !retracted.has(u.target))
    .sort((a, b) => (before(a, b) ? -1 : 1))
  const revoked = new Set<number>()
  const voidedBy = new Map<number, Undoing>()
  const standing: C[] = []
  const revoke = (revocation: Undoing) => {
    if (revoked.has(revocation.target)) return
    revoked.add(revocation.target)
    for (const closing of standing) {
      const rests = closing.seq === revocation.target || closing.penalty === revocation.target
      if (rests && !voidedBy.has(closing.seq)) voidedBy.set(closing.seq, revocation)
    }
  }
  let next = 0
  for (const closing of closings) {
    for (; next < revocations.length && before(revocations[next] as Undoing, closing); next++) {
      revoke(revocations[next] as Undoing)
    }
    if (!retracted.has(closing.seq)) standing.push(closing)
  }
  for (; next < revocations.length; next++) revoke(revocations[next] as Undoing)
  const closedBy = standing.findLast((closing) => !voidedBy.has(closing.seq))
  return { status: closedBy?.status ?? 'active', closedBy, voidedBy }
}

/**
 * The seqs retractions undo. A retraction always amends an earlier seq, so walking from the
 * newest back decides whether each stands before its target is looked at.
 */
function retractedBy(undoings: readonly Undoing[]): Set<number> {
  const retracted = new Set<number>()
  const retractions = undoings.filter((u) => u.kind === 'retraction').sort((a, b) => b.seq - a.seq)
  for (const retraction of retractions) {
    if (!retracted.has(retraction.seq)) retracted.add(retraction.target)
  }
  return retracted
}

function before(a: { on: string; seq: number }, b: { on: string; seq: number }): boolean {
  return a.on === b.on ? a.seq < b.seq : a.on < b.on
}
