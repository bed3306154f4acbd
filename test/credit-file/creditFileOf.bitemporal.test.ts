import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file/creditFileOf'
import type { Entry } from '../../src/events/catalogue'
import { dayOf } from '../../src/time'
import { entryHistory } from './arbitraries'
import { at, history, ORG } from './history'
import { seqsIn } from './seqsIn'

const withCut = entryHistory().chain((entries) =>
  fc.tuple(fc.constant(entries), fc.integer({ min: 0, max: entries.length - 1 })),
)

describe('creditFileOf, read as known at a date', () => {
  it('never shows an entry recorded after knownAt', () => {
    fc.assert(
      fc.property(withCut, ([entries, cut]) => {
        const knownAt = (entries[cut] as Entry).recordedAt
        const known = entries.filter((entry) => Date.parse(entry.recordedAt) <= Date.parse(knownAt))
        const file = creditFileOf(entries, { knownAt })
        const allowed = new Set(known.map((entry) => entry.seq))
        for (const seq of seqsIn(file)) expect(allowed.has(seq)).toBe(true)
        for (const seq of Object.keys(file.corrections)) expect(allowed.has(Number(seq))).toBe(true)
        expect({ ...file, knownAt: null }).toEqual(creditFileOf(known))
      }),
      { numRuns: 300 },
    )
  })

  it('takes a bare knownAt date as the end of that day in China time', () => {
    const entries = history(
      at('2020-01-06', 'OrganizationRegistered'),
      at('2020-03-01', 'Commended', { recordedAt: '2020-03-01T23:30:00+08:00' }),
      at('2020-03-01', 'ActivityHeld', { recordedAt: '2020-03-01T16:30:00Z' }),
    )
    const file = creditFileOf(entries, { knownAt: '2020-03-01' })
    expect(file.commendations).toHaveLength(1)
    expect(file.activities).toHaveLength(0)
  })
})

describe('creditFileOf, read as of a date', () => {
  it('shows a back-dated entry from its effective date once it is known, and not before', () => {
    const late = entryHistory().chain((entries) => {
      const last = entries[entries.length - 1] as Entry
      const days = Math.floor((Date.parse(last.recordedAt) - Date.parse('2015-01-01')) / 86_400_000)
      return fc.tuple(fc.constant(entries), fc.integer({ min: 0, max: Math.max(days, 0) }))
    })
    fc.assert(
      fc.property(late, ([entries, offset]) => {
        const last = entries[entries.length - 1] as Entry
        const effective = new Date(Date.parse('2015-01-01') + offset * 86_400_000)
          .toISOString()
          .slice(0, 10)
        const dayBefore = new Date(Date.parse(effective) - 86_400_000).toISOString().slice(0, 10)
        const recordedAt = new Date(Date.parse(last.recordedAt) + 3_600_000).toISOString()
        const backDated = {
          by: '上海市浦东新区民政局',
          data: { disputes: [entries[0]?.seq ?? 0], grounds: '成立登记日期有误' },
          effectiveAt: effective,
          org: ORG,
          recordedAt,
          schema: 1,
          seq: last.seq + 1,
          type: 'ObjectionFiled',
          version: last.version + 1,
        } as Entry
        const all = [...entries, backDated]
        const has = (file: ReturnType<typeof creditFileOf>) =>
          file.objections.some((objection) => objection.seq === backDated.seq)
        expect(has(creditFileOf(all))).toBe(true)
        expect(has(creditFileOf(all, { asOf: effective }))).toBe(true)
        expect(has(creditFileOf(all, { asOf: effective, knownAt: recordedAt }))).toBe(true)
        expect(has(creditFileOf(all, { asOf: dayBefore }))).toBe(false)
        expect(has(creditFileOf(all, { knownAt: last.recordedAt }))).toBe(false)
      }),
      { numRuns: 200 },
    )
  })

  it('leaves out facts effective after asOf but keeps corrections of the record', () => {
    fc.assert(
      fc.property(withCut, ([entries, cut]) => {
        const asOf = dayOf((entries[cut] as Entry).effectiveAt)
        const file = creditFileOf(entries, { asOf })
        const bySeq = new Map(entries.map((entry) => [entry.seq, entry]))
        for (const seq of seqsIn(file)) {
          const entry = bySeq.get(seq) as Entry
          const amendsRecord = ['EntryCorrected', 'EntryRetracted', 'PersonalDataErased'].includes(
            entry.type,
          )
          expect(amendsRecord || dayOf(entry.effectiveAt) <= asOf).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('compares an instant asOf with bare effective dates from the start of their day', () => {
    const entries = history(
      at('2020-01-06', 'OrganizationRegistered'),
      at('2020-03-02', 'Commended'),
      at('2020-03-02T09:00:00+08:00', 'ActivityHeld'),
    )
    const file = creditFileOf(entries, { asOf: '2020-03-02T08:00:00+08:00' })
    expect(file.commendations).toHaveLength(1)
    expect(file.activities).toHaveLength(0)
  })

  it('does not depend on the order the entries come in', () => {
    const shuffled = entryHistory().chain((entries) =>
      fc.tuple(
        fc.constant(entries),
        fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
      ),
    )
    fc.assert(
      fc.property(shuffled, ([entries, mixed]) => {
        expect(creditFileOf(mixed)).toEqual(creditFileOf(entries))
      }),
      { numRuns: 200 },
    )
  })
})

describe('creditFileOf, a worked example', () => {
  const entries = history(
    at('2019-03-01', 'OrganizationRegistered'),
    at('2021-05-20', 'AnnualReportFiled', { data: { year: 2020 } }),
    at('2022-06-01', 'ListedOnAbnormalList', { recordedAt: '2022-06-02T09:00:00+08:00' }),
    at('2022-07-10', 'AnnualReportFiled', { data: { year: 2021 } }),
    at('2022-07-15', 'RemovedFromAbnormalList', { amends: 2 }),
    at('2022-03-01', 'PenaltyImposed', { recordedAt: '2023-01-10T10:00:00+08:00' }),
  )

  it('is on the abnormal list in June 2022 and off it at the end of the year', () => {
    expect(creditFileOf(entries, { asOf: '2022-06-30' }).onAbnormalList).toBe(true)
    const yearEnd = creditFileOf(entries, { asOf: '2022-12-31' })
    expect(yearEnd.onAbnormalList).toBe(false)
    expect(yearEnd.abnormalList[0]).toMatchObject({
      listedOn: '2022-06-01',
      removedOn: '2022-07-15',
      removalReason: 'obligation_fulfilled',
      listingSeq: 2,
      removalSeq: 4,
    })
  })

  it('shows the back-dated penalty for March 2022 only once it was recorded', () => {
    expect(creditFileOf(entries, { asOf: '2022-04-01', knownAt: '2022-12-31' }).penalties).toEqual(
      [],
    )
    expect(creditFileOf(entries, { asOf: '2022-04-01' }).penalties.map((p) => p.seq)).toEqual([5])
    expect(creditFileOf(entries, { asOf: '2022-02-28' }).penalties).toEqual([])
  })

  it('knows on 1 June 2022 nothing of the listing recorded the day after', () => {
    const file = creditFileOf(entries, { knownAt: '2022-06-01' })
    expect(file.abnormalList).toEqual([])
    expect(file.version).toBe(2)
    expect(file.knownAt).toBe('2022-06-01')
  })
})
