import { describe, expect, it } from 'vitest'
import type { Entry } from '../../src/events/catalogue'
import {
  type Closing,
  closingOf,
  organizationStatus,
  type Undoing,
  undoingOf,
} from '../../src/events/organizationStatus'
import { at, history } from '../credit-file/history'

const closing = (
  seq: number,
  on: string,
  status: Closing['status'],
  penalty: number | null = null,
) => ({ seq, on, status, penalty }) as const
const retraction = (seq: number, on: string, target: number): Undoing => ({
  kind: 'retraction',
  seq,
  on,
  target,
})
const revocation = (seq: number, on: string, target: number): Undoing => ({
  kind: 'revocation',
  seq,
  on,
  target,
})

describe('organizationStatus', () => {
  it('is active without closings', () => {
    expect(organizationStatus([], [retraction(3, '2024-01-01', 1)])).toMatchObject({
      status: 'active',
      closedBy: undefined,
    })
  })

  it('takes the status of the last closing in effective order', () => {
    const revoked = closing(1, '2024-01-01', 'revoked')
    const deregistered = closing(2, '2024-06-01', 'deregistered')
    const result = organizationStatus([revoked, deregistered], [])
    expect(result).toMatchObject({ status: 'deregistered', closedBy: deregistered })
  })

  it('falls back to the closing before when the last is retracted, and reopens when all are', () => {
    const revoked = closing(1, '2024-01-01', 'revoked')
    const deregistered = closing(2, '2024-06-01', 'deregistered')
    const fallBack = organizationStatus([revoked, deregistered], [retraction(3, '2024-07-01', 2)])
    expect(fallBack).toMatchObject({ status: 'revoked', closedBy: revoked })
    const reopened = organizationStatus(
      [revoked, deregistered],
      [retraction(3, '2024-07-01', 2), retraction(4, '2024-07-01', 1)],
    )
    expect(reopened).toMatchObject({ status: 'active', closedBy: undefined })
  })

  it('counts a retraction for nothing once it is retracted itself', () => {
    const banned = closing(1, '2024-01-01', 'banned')
    const undoings = [retraction(2, '2024-02-01', 1), retraction(3, '2024-03-01', 2)]
    expect(organizationStatus([banned], undoings).status).toBe('banned')
    const again = [...undoings, retraction(4, '2024-04-01', 3)]
    expect(organizationStatus([banned], again).status).toBe('active')
  })

  it('voids a penalty that closed the stream, and a revocation resting on a penalty, when the penalty is revoked', () => {
    const penalty = closing(1, '2024-01-01', 'revoked')
    const resting = closing(2, '2024-02-01', 'revoked', 1)
    const result = organizationStatus([penalty, resting], [revocation(3, '2024-03-01', 1)])
    expect(result.status).toBe('active')
    expect([...result.voidedBy.keys()]).toEqual([1, 2])
    expect(result.voidedBy.get(2)?.seq).toBe(3)
  })

  it('does not count a revocation that is retracted, or one of a retracted penalty', () => {
    const resting = closing(2, '2024-02-01', 'revoked', 1)
    const retracted = [revocation(3, '2024-03-01', 1), retraction(4, '2024-04-01', 3)]
    expect(organizationStatus([resting], retracted).status).toBe('revoked')
    const ofRetracted = [retraction(3, '2024-03-01', 1), revocation(4, '2024-04-01', 1)]
    expect(organizationStatus([resting], ofRetracted).status).toBe('revoked')
  })

  it('keeps a revocation standing when only the penalty it rests on is retracted', () => {
    const resting = closing(2, '2024-02-01', 'revoked', 1)
    expect(organizationStatus([resting], [retraction(3, '2024-03-01', 1)]).status).toBe('revoked')
  })

  it('voids only the closings that took effect before the first revocation of their penalty', () => {
    const after = closing(3, '2024-04-01', 'revoked', 1)
    const first = revocation(2, '2024-03-01', 1)
    const second = revocation(4, '2024-05-01', 1)
    const result = organizationStatus([after], [second, first])
    expect(result).toMatchObject({ status: 'revoked', closedBy: after })
    expect(result.voidedBy.size).toBe(0)
  })

  it('orders a closing and a revocation of one day by seq', () => {
    const resting = closing(3, '2024-03-01', 'revoked', 1)
    expect(organizationStatus([resting], [revocation(2, '2024-03-01', 1)]).status).toBe('revoked')
    expect(organizationStatus([resting], [revocation(4, '2024-03-01', 1)]).status).toBe('active')
  })
})

describe('closingOf', () => {
  it('reads the status, the day and the penalty a closing rests on', () => {
    const [registered, penalty, revoked, fine] = history(
      at('2015-01-01', 'OrganizationRegistered'),
      at('2024-03-12T15:30:00Z', 'PenaltyImposed', {
        data: { sanctions: [{ kind: 'certificate_revoked' }] },
      }),
      at('2024-04-01', 'RegistrationRevoked', { data: { penalty: 1 } }),
      at('2024-05-01', 'PenaltyImposed'),
    ) as [Entry, Entry, Entry, Entry]
    expect(closingOf(registered)).toBeUndefined()
    expect(closingOf(penalty)).toEqual({
      seq: 1,
      on: '2024-03-12',
      status: 'revoked',
      penalty: null,
    })
    expect(closingOf(revoked)).toEqual({ seq: 2, on: '2024-04-01', status: 'revoked', penalty: 1 })
    expect(closingOf(fine)).toBeUndefined()
  })
})

describe('undoingOf', () => {
  it('reads retractions and penalty revocations, and nothing else', () => {
    const [, , revoked, retracted, corrected] = history(
      at('2015-01-01', 'OrganizationRegistered'),
      at('2024-03-12', 'PenaltyImposed'),
      at('2024-04-01', 'PenaltyRevoked', { amends: 1 }),
      at('2024-05-01', 'EntryRetracted', { amends: 2 }),
      at('2024-05-01', 'EntryCorrected', { amends: 1 }),
    ) as [Entry, Entry, Entry, Entry, Entry]
    expect(undoingOf(revoked)).toEqual({ kind: 'revocation', seq: 2, on: '2024-04-01', target: 1 })
    expect(undoingOf(retracted)).toEqual({
      kind: 'retraction',
      seq: 3,
      on: '2024-05-01',
      target: 2,
    })
    expect(undoingOf(corrected)).toBeUndefined()
  })
})
