import { describe, expect, it } from 'vitest'
import { dueDateInYear } from '../../src/time/dueDateInYear'

describe('dueDateInYear', () => {
  it('places the annual work report due date, 31 May of the next year', () => {
    const reportYear = 2024
    expect(dueDateInYear(reportYear + 1, '05-31')).toBe('2025-05-31')
  })

  it('accepts 29 February only in leap years', () => {
    expect(dueDateInYear(2024, '02-29')).toBe('2024-02-29')
    expect(() => dueDateInYear(2025, '02-29')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['monthDay'] })] }),
    )
  })

  it('rejects a month and day not written MM-DD', () => {
    for (const bad of ['5-31', '05/31', '2025-05-31', '13-01']) {
      expect(() => dueDateInYear(2025, bad)).toThrow(/monthDay/)
    }
  })
})
