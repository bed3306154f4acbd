import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type AssessmentResult, assessmentResults } from '../../../examples/town-pack/assessed'
import { assessment, decisions, registered, townLedger } from './townFixtures'

// Assessments of 2023-2025 in recording order, some years assessed twice (redone on review),
// each on its own day of December.
const assessments = fc
  .array(
    fc.record({
      year: fc.integer({ min: 2023, max: 2025 }),
      result: fc.constantFrom(...assessmentResults),
    }),
    { maxLength: 6 },
  )
  .map((list) =>
    [...list]
      .sort((a, b) => a.year - b.year)
      .map((item, index) => ({
        ...item,
        on: `${item.year}-12-${String(10 + index).padStart(2, '0')}`,
      })),
  )

describe('the town’s assessment rules on 2026-01-05', () => {
  it('decide as the last assessment of each year says, whatever was redone', async () => {
    await fc.assert(
      fc.asyncProperty(assessments, async (list) => {
        const ledger = await townLedger([
          registered(),
          ...list.map(({ year, result, on }) => assessment(year, result, on)),
        ])
        const last = new Map<number, AssessmentResult>(
          list.map(({ year, result }) => [year, result]),
        )
        const latest = list.at(-1)?.result
        const both = (result: AssessmentResult) =>
          last.get(2024) === result && last.get(2025) === result
        const fires = async (rule: string) =>
          (await decisions(ledger, '2026-01-05', rule)).length > 0
        expect(await fires('JSW-31')).toBe(both('fail'))
        expect(await fires('JSW-21')).toBe(both('excellent'))
        expect(await fires('JSW-30')).toBe(latest === 'fail')
        expect(await fires('JSW-20')).toBe(latest === 'excellent' || latest === 'good')
      }),
      { numRuns: 40 },
    )
  })
})
