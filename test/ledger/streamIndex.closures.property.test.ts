import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file/creditFileOf'
import { evolve } from '../../src/credit-file/evolve'
import type { Entry, EntryType } from '../../src/events/catalogue'
import { type StreamSummary, summarize } from '../../src/ledger/streamIndex'
import { at, history } from '../credit-file/history'

/** One entry of a random history: what it is, what it points at, and the day it takes effect. */
interface Step {
  readonly kind: 'close' | 'revoke-certificate' | 'fine' | 'retract' | 'revoke-penalty'
  readonly status: 'Deregistered' | 'RegistrationRevoked' | 'Banned'
  readonly pick: number
  readonly restsOnPenalty: boolean
  readonly day: number
}

const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('close', 'revoke-certificate', 'fine', 'retract', 'revoke-penalty'),
  status: fc.constantFrom('Deregistered', 'RegistrationRevoked', 'Banned'),
  pick: fc.nat(),
  restsOnPenalty: fc.boolean(),
  day: fc.integer({ min: 1, max: 12 }),
})

const dayOf = (n: number) => `2024-${String(n).padStart(2, '0')}-01`

/**
 * Histories of closings, penalties (some revoking the certificate), retractions of anything
 * but the registration, retractions included, and revocations of penalties, recorded in seq
 * order and effective in any order, except that an undoing takes effect on or after its
 * target, as the ledger demands. Many days coincide, so seq decides the order within a day.
 */
const closureHistory: fc.Arbitrary<Entry[]> = fc.array(step, { maxLength: 14 }).map((steps) => {
  const written = [at('2015-01-01', 'OrganizationRegistered')]
  const days = ['2015-01-01']
  const types: EntryType[] = ['OrganizationRegistered']
  for (const s of steps) {
    const penalties = types.flatMap((type, seq) => (type === 'PenaltyImposed' ? [seq] : []))
    const penalty = penalties[s.pick % Math.max(penalties.length, 1)]
    const retractable = types.map((_, seq) => seq).slice(1)
    const target =
      s.kind === 'retract'
        ? retractable[s.pick % Math.max(retractable.length, 1)]
        : s.kind === 'revoke-penalty'
          ? penalty
          : undefined
    if ((s.kind === 'retract' || s.kind === 'revoke-penalty') && target === undefined) continue
    const day = dayOf(s.day)
    const on =
      target !== undefined && (days[target] as string) > day ? (days[target] as string) : day
    const recordedAt = new Date(Date.UTC(2025, 0, 1, 0, written.length)).toISOString()
    const next = (() => {
      switch (s.kind) {
        case 'close':
          return s.status === 'RegistrationRevoked' && s.restsOnPenalty && penalty !== undefined
            ? at(on, 'RegistrationRevoked', { recordedAt, data: { penalty } })
            : at(on, s.status, { recordedAt })
        case 'revoke-certificate':
          return at(on, 'PenaltyImposed', {
            recordedAt,
            data: { sanctions: [{ kind: 'certificate_revoked' }] },
          })
        case 'fine':
          return at(on, 'PenaltyImposed', { recordedAt })
        case 'retract':
          return at(on, 'EntryRetracted', { recordedAt, amends: target as number })
        case 'revoke-penalty':
          return at(on, 'PenaltyRevoked', { recordedAt, amends: target as number })
      }
    })()
    written.push(next)
    days.push(on)
    types.push(next.type)
  }
  return history(...written)
})

function summaryOf(entries: readonly Entry[]): StreamSummary {
  return entries.reduce<StreamSummary | undefined>(summarize, undefined) as StreamSummary
}

describe('the stream summary and the credit file', () => {
  it('agree on the status and the closing entry of any history of closings and undoings', () => {
    fc.assert(
      fc.property(closureHistory, (entries) => {
        const summary = summaryOf(entries)
        const file = creditFileOf(entries)
        expect(summary.status).toBe(file.status)
        expect(summary.closedBy).toBe(file.closedBy?.seq)
      }),
      { numRuns: 1000 },
    )
  })

  it('agree entry by entry, as the ledger checks each append', () => {
    fc.assert(
      fc.property(closureHistory, (entries) => {
        let summary: StreamSummary | undefined
        let file = creditFileOf([])
        entries.forEach((entry, index) => {
          summary = summarize(summary, entry)
          file = evolve(file, entry, entries.slice(0, index))
          expect(summary.status).toBe(file.status)
        })
        expect(file).toEqual(creditFileOf(entries))
      }),
      { numRuns: 300 },
    )
  })
})
