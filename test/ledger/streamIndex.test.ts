import { describe, expect, it } from 'vitest'
import type { EntryEnvelope } from '../../src/events/envelope'
import { type StreamSummary, summarize } from '../../src/ledger/streamIndex'

let seq = 0
const entry = (type: string, data: object = {}, amends?: number): EntryEnvelope => ({
  ...(amends === undefined ? {} : { amends }),
  by: 'x',
  data,
  effectiveAt: '2024-01-01',
  org: 'A',
  recordedAt: '2024-01-01T00:00:00.000Z',
  schema: 1,
  seq: seq++,
  type,
  version: seq,
})

function fold(...entries: EntryEnvelope[]): StreamSummary {
  return entries.reduce<StreamSummary | undefined>(summarize, undefined) as StreamSummary
}

describe('summarize', () => {
  it('closes a stream on deregistration and names the closing entry', () => {
    seq = 0
    const summary = fold(entry('OrganizationRegistered'), entry('Deregistered'))
    expect(summary).toMatchObject({ status: 'deregistered', closedBy: 1, version: 2 })
  })

  it('reopens a stream when the revocation that closed it is retracted', () => {
    seq = 0
    const summary = fold(
      entry('OrganizationRegistered'),
      entry('RegistrationRevoked'),
      entry('EntryRetracted', {}, 1),
    )
    expect(summary.status).toBe('active')
  })

  it('reopens a stream when the penalty a revocation rests on is revoked', () => {
    seq = 0
    const summary = fold(
      entry('OrganizationRegistered'),
      entry('PenaltyImposed', { sanctions: [{ kind: 'warning' }] }),
      entry('RegistrationRevoked', { penalty: 1 }),
      entry('PenaltyRevoked', {}, 1),
    )
    expect(summary.status).toBe('active')
  })

  it('falls back to the earlier closure when the later one is voided', () => {
    seq = 0
    const summary = fold(
      entry('OrganizationRegistered'),
      entry('RegistrationRevoked'),
      entry('Deregistered'),
      entry('EntryRetracted', {}, 2),
    )
    expect(summary).toMatchObject({ status: 'revoked', closedBy: 1 })
  })

  it('closes on a penalty that revokes the certificate, and reopens when it is revoked', () => {
    seq = 0
    const closed = fold(
      entry('OrganizationRegistered'),
      entry('PenaltyImposed', { sanctions: [{ kind: 'certificate_revoked' }] }),
    )
    expect(closed.status).toBe('revoked')
    expect(summarize(closed, entry('PenaltyRevoked', {}, 1)).status).toBe('active')
  })
})

describe('summarize: the evaluation record', () => {
  it('keeps the evaluation entries and what corrects or retracts them, and nothing else', () => {
    seq = 0
    const summary = fold(
      entry('OrganizationRegistered'),
      entry('EvaluationApplied'),
      entry('AnnualReportFiled'),
      entry('EntryRetracted', {}, 2),
      entry('EntryRetracted', {}, 1),
      entry('EntryRetracted', {}, 4),
      entry('GradeCancelled'),
    )
    expect(summary.evaluation.map((kept) => kept.seq)).toEqual([1, 4, 5, 6])
  })
})

describe('summarize against the credit file', () => {
  it('agrees with the credit file on the status of any history', async () => {
    const fc = (await import('fast-check')).default
    const { entryHistory } = await import('../credit-file/arbitraries')
    const { creditFileOf } = await import('../../src/credit-file')
    fc.assert(
      fc.property(entryHistory(), (entries) => {
        const summary = entries.reduce<StreamSummary | undefined>(summarize, undefined)
        expect(summary?.status ?? 'active').toBe(creditFileOf(entries).status)
      }),
      { numRuns: 300 },
    )
  })
})
