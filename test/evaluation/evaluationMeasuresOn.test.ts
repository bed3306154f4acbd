import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  EVALUATION_2011_FROM,
  EVALUATION_2026_FROM,
  evaluationMeasuresOn,
} from '../../src/evaluation/evaluationMeasuresOn'
import { everyDay } from './days'

describe('evaluationMeasuresOn', () => {
  it('knows no measures before Order 39 took effect on 2011-03-01', () => {
    expect(evaluationMeasuresOn('2011-02-28')).toBeNull()
    expect(evaluationMeasuresOn(EVALUATION_2011_FROM)).toBe('2011')
  })

  it('switches to the revised measures on 2026-03-01', () => {
    expect(evaluationMeasuresOn('2026-02-28')).toBe('2011')
    expect(evaluationMeasuresOn(EVALUATION_2026_FROM)).toBe('2026')
    expect(evaluationMeasuresOn('2099-12-31')).toBe('2026')
  })

  it('gives one set of measures on every day after 2011-03-01, and never goes back', () => {
    const measures = everyDay('2011-03-01', '2030-12-31').map(evaluationMeasuresOn)
    expect(measures).not.toContain(null)
    expect(measures.indexOf('2026')).toBe(measures.lastIndexOf('2011') + 1)
  })

  it('refuses what is not a calendar date with a coded error naming the day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant('2023-02-29')), (value) => {
        fc.pre(
          typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value === '2023-02-29',
        )
        expect(() => evaluationMeasuresOn(value as string)).toThrow(
          expect.objectContaining({
            code: 'INVALID_INPUT',
            issues: [expect.objectContaining({ code: 'invalid_date', path: ['day'] })],
          }),
        )
      }),
    )
  })
})
