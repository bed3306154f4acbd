import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coolOffIssues } from '../../src/evaluation/coolOffIssues'
import { coolOffUntil } from '../../src/evaluation/coolOffUntil'
import { announcementDay } from './arbitraries'
import { oracle } from './days'

describe('coolOffUntil', () => {
  it('bars a downgraded organization for 2 years and a cancelled one for 3 (EV-18)', () => {
    expect(coolOffUntil('downgraded', '2023-06-30')).toBe('2025-06-29')
    expect(coolOffUntil('cancelled', '2023-03-01')).toBe('2026-02-28')
  })

  it('always ends the day before the anniversary of the action', () => {
    fc.assert(
      fc.property(announcementDay, (on) => {
        expect(coolOffUntil('downgraded', on)).toBe(oracle(on, 2, -1))
        expect(coolOffUntil('cancelled', on)).toBe(oracle(on, 3, -1))
        expect(coolOffUntil('cancelled', on) > coolOffUntil('downgraded', on)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it('refuses an action it does not know and a day that is not a date', () => {
    expect(() => coolOffUntil('suspended' as never, '2023-06-30')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ code: 'invalid_action' })],
      }),
    )
    expect(() => coolOffUntil('downgraded', '2023-6-30')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['on'] })],
      }),
    )
  })
})

describe('coolOffIssues', () => {
  it('accepts no statement, or the measures’ own last day', () => {
    expect(coolOffIssues('downgraded', '2023-06-30', undefined)).toEqual([])
    expect(coolOffIssues('downgraded', '2023-06-30', '2025-06-29')).toEqual([])
  })

  it('refuses any other day under the measures, naming both', () => {
    expect(coolOffIssues('cancelled', '2023-03-01', '2026-03-01')).toEqual([
      {
        code: 'cool_off_disagrees',
        path: ['coolOffUntil'],
        message:
          'the cool-off after a cancellation on 2023-03-01 ends on 2026-02-28 (EV-18); the entry states 2026-03-01',
      },
    ])
  })

  it('lets an action before 2011-03-01 state its own cool-off', () => {
    expect(coolOffIssues('downgraded', '2010-05-01', '2011-12-31')).toEqual([])
  })
})
