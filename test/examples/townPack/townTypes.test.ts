import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { latestPerYear } from '../../../examples/town-pack/assessed'
import { departmentReported } from '../../../examples/town-pack/departmentReported'
import { townEntry } from '../../../examples/town-pack/townEntry'
import type { EntryInput, HostItem, Ledger } from '../../../src/index'
import { assessment, exemplar, ORG, OTHER, plan, registered, townLedger } from './townFixtures'

async function refused(ledger: Ledger, input: unknown): Promise<{ code: string; path: string }[]> {
  const result = await ledger.safeAppend(input)
  if (result.success) throw new Error('the append was not refused')
  return result.issues.map((issue) => ({ code: issue.code, path: issue.path.join('.') }))
}

const withData = (input: EntryInput, data: Record<string, unknown>) => ({
  ...input,
  data: { ...(input.data as object), ...data },
})

describe('the town’s entry types', () => {
  it('refuse an assessment whose result is outside its score’s band, or a score above 100', async () => {
    const ledger = await townLedger([registered()])
    const excellent = assessment(2025, 'excellent')
    expect(await refused(ledger, withData(excellent, { score: 55 }))).toEqual([
      { code: 'custom', path: 'data.result' },
    ])
    expect(await refused(ledger, withData(excellent, { score: 101 }))).toMatchObject([
      { path: 'data.score' },
    ])
  })

  it('refuse a field the type does not have, and a plan without goals', async () => {
    const ledger = await townLedger([registered()])
    expect(
      await refused(ledger, withData(assessment(2025, 'pass'), { grade: '3A' })),
    ).toMatchObject([{ code: 'unrecognized_keys' }])
    expect(await refused(ledger, withData(plan(2025, '2025-01-10'), { goals: [] }))).toMatchObject([
      { path: 'data.goals' },
    ])
  })

  it('refuse a correction that would put an assessment’s result outside its band', async () => {
    const ledger = await townLedger([registered(), assessment(2025, 'excellent')])
    const issues = await refused(ledger, {
      org: ORG,
      type: 'EntryCorrected',
      effectiveAt: '2025-12-22',
      by: '金山卫镇社会组织考核小组',
      amends: 1,
      data: { fields: { score: 75 }, reason: '录入错误' },
    })
    expect(issues).toMatchObject([{ path: 'data.fields.result' }])
  })

  it('keep one assessment per year in the file, the later replacing the earlier from its day', async () => {
    const ledger = await townLedger([
      registered(),
      assessment(2025, 'pass', '2025-12-19'),
      assessment(2025, 'good', '2025-12-29'),
    ])
    const results = async (asOf: string) =>
      (await ledger.creditFile(ORG, { asOf })).host.assessments?.map((item) => item.data.result)
    expect(await results('2025-12-28')).toEqual(['pass'])
    expect(await results('2025-12-29')).toEqual(['good'])
    expect(await ledger.entries(ORG)).toHaveLength(3)
  })

  it('fold assessments to the last of each year, in any order of years', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ year: fc.integer({ min: 2020, max: 2026 }), score: fc.nat(100) })),
        (assessments) => {
          const items = assessments.map(
            ({ year, score }, seq): HostItem => ({
              seq,
              type: 'jinshanwei.Assessed',
              on: `${year}-12-20`,
              data: { year, score },
            }),
          )
          const folded = items.reduce<readonly HostItem[]>(latestPerYear, [])
          const last = new Map(items.map((item) => [item.data.year, item.seq]))
          expect(new Map(folded.map((item) => [item.data.year, item.seq]))).toEqual(last)
          expect(folded).toHaveLength(last.size)
        },
      ),
    )
  })

  it('make an exemplar rest on an assessment of the same organization, on or before it', async () => {
    const ledger = await townLedger([
      registered(),
      registered(undefined, OTHER),
      assessment(2025, 'excellent'),
      assessment(2025, 'excellent', '2025-12-20', OTHER),
      plan(2026, '2026-01-05'),
    ])
    const { amends: _, ...unanchored } = exemplar(2, '2025-12-30')
    expect(await refused(ledger, unanchored)).toEqual([{ code: 'amends_required', path: 'amends' }])
    expect(await refused(ledger, exemplar(4, '2026-01-06'))).toEqual([
      { code: 'amends_wrong_type', path: 'amends' },
    ])
    expect(await refused(ledger, exemplar(3, '2025-12-30'))).toEqual([
      { code: 'amends_unknown_entry', path: 'amends' },
    ])
    expect(await refused(ledger, exemplar(2, '2025-12-19'))).toEqual([
      { code: 'effective_before_target', path: 'effectiveAt' },
    ])
    await ledger.append(exemplar(2, '2025-12-30'))
    expect((await ledger.creditFile(ORG)).host.exemplars).toHaveLength(1)
  })

  it('record a department’s report on every organization it covers in one batch, or on none', async () => {
    const ledger = await townLedger([registered(), registered(undefined, OTHER)])
    const report = (org: string) =>
      townEntry(departmentReported, {
        org,
        effectiveAt: '2025-12-11',
        by: '金山卫镇社区事务办公室',
        ref: '金山卫社述〔2025〕1号',
        data: {
          year: 2025,
          department: '金山卫镇社区事务办公室',
          heardBy: '金山卫镇社会组织述职评议会',
          summary: '指导完成理事会换届',
        },
      })
    const unknown = '51310116MJ4A009996'
    const before = (await ledger.head()).size
    const failed = await ledger.safeAppend([report(ORG), report(OTHER), report(unknown)])
    expect(failed.success).toBe(false)
    expect((await ledger.head()).size).toBe(before)
    await ledger.append([report(ORG), report(OTHER)])
    for (const org of [ORG, OTHER]) {
      const file = await ledger.creditFile(org)
      expect(file.host.departmentReports?.map((item) => item.data.department)).toEqual([
        '金山卫镇社区事务办公室',
      ])
    }
  })
})
