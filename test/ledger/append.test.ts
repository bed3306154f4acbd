import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { annualReport, FOUNDATION, GROUP, newLedger, registration, SERVICE } from './fixtures'

describe('ledger.append', () => {
  it('numbers a first entry seq 0, version 1, and stamps it with the clock and the schema', async () => {
    const { ledger } = newLedger()
    const { entries, size } = await ledger.append(registration(GROUP))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      seq: 0,
      version: 1,
      org: GROUP,
      type: 'OrganizationRegistered',
      schema: 1,
      recordedAt: '2024-01-01T00:00:00.000Z',
    })
    expect(size).toBe(1)
  })

  it('keeps people out of the entry and commits to them by a hash', async () => {
    const { ledger } = newLedger()
    const { entries } = await ledger.append(registration(GROUP))
    const entry = entries[0]
    expect(JSON.stringify(entry)).not.toContain('王建国')
    expect(entry?.personalHash).toMatch(/^[0-9a-f]{64}$/)
    expect(await ledger.personalData(0)).toEqual([
      { role: 'legal_representative', name: '王建国', idNumber: '310228195501010011' },
    ])
  })

  it('writes a batch across several organizations atomically, in order, with one recording instant', async () => {
    const { ledger } = newLedger()
    const { entries } = await ledger.append([
      registration(GROUP),
      registration(SERVICE),
      annualReport(GROUP, 2016),
    ])
    expect(entries.map((e) => [e.seq, e.org, e.version])).toEqual([
      [0, GROUP, 1],
      [1, SERVICE, 1],
      [2, GROUP, 2],
    ])
    expect(new Set(entries.map((e) => e.recordedAt)).size).toBe(1)
  })

  it('returns entries that are deeply frozen', async () => {
    const { ledger } = newLedger()
    const { entries } = await ledger.append(registration(GROUP))
    expect(Object.isFrozen(entries[0])).toBe(true)
    expect(Object.isFrozen(entries[0]?.data)).toBe(true)
  })

  it('keeps seq gap-free in commit order whatever the batch sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 }),
        async (sizes) => {
          const { ledger, store } = newLedger()
          await ledger.append([
            registration(GROUP),
            registration(SERVICE),
            registration(FOUNDATION),
          ])
          // Reports for the years 2016-2022 in turn, each filed before the clock's 2024.
          let n = 0
          for (const size of sizes) {
            await ledger.append(
              Array.from({ length: size }, () => annualReport(GROUP, 2016 + (n++ % 7))),
            )
          }
          const seqs: number[] = []
          for await (const page of store.readAll()) seqs.push(...page.map((e) => e.seq))
          expect(seqs).toEqual(seqs.map((_, i) => i))
          expect((await ledger.entries(GROUP)).map((e) => e.version)).toEqual(
            Array.from({ length: seqs.length - 2 }, (_, i) => i + 1),
          )
        },
      ),
      { numRuns: 30 },
    )
  })

  it('serializes concurrent appends from one process without gaps', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => ledger.append(annualReport(GROUP, 2016 + (i % 7)))),
    )
    expect(results.map((r) => r.entries[0]?.seq).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
  })

  it('reopens a store and carries on where it stopped, with the same root', async () => {
    const { ledger, store } = newLedger()
    await ledger.append([registration(GROUP), annualReport(GROUP, 2016)])
    const before = await ledger.head()
    const { ledger: reopened } = newLedger(store)
    expect(await reopened.head()).toEqual(before)
    const { entries } = await reopened.append(annualReport(GROUP, 2017))
    expect(entries[0]).toMatchObject({ seq: 2, version: 3 })
  })
})
