import { describe, expect, it } from 'vitest'
import { readAdministrativeRegion } from '../../src/identity/administrativeRegion'
import { PROVINCE_PREFIXES } from './arbitraries'

describe('readAdministrativeRegion', () => {
  it('reads six digits at the given offset and derives province and level', () => {
    expect(readAdministrativeRegion('F-310116-7', 2)).toEqual({
      success: true,
      data: { code: '310116', provinceCode: '310000', level: 'county' },
    })
    expect(readAdministrativeRegion('650000', 0)).toEqual({
      success: true,
      data: { code: '650000', provinceCode: '650000', level: 'provincial' },
    })
  })

  it('treats 100000 as national registration, with no province', () => {
    expect(readAdministrativeRegion('100000', 0)).toEqual({
      success: true,
      data: { code: '100000', provinceCode: null, level: 'national' },
    })
  })

  it('accepts every one of the 34 province-level prefixes and nothing else', () => {
    expect(PROVINCE_PREFIXES).toHaveLength(34)
    for (let n = 0; n < 100; n++) {
      const prefix = String(n).padStart(2, '0')
      const result = readAdministrativeRegion(`${prefix}0100`, 0)
      expect(result.success).toBe(PROVINCE_PREFIXES.includes(prefix))
    }
  })

  it('reports non-digits at their position in the whole input', () => {
    const result = readAdministrativeRegion('51310A16', 2)
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_region',
          path: [5],
          message:
            "position 6 is 'A' but positions 3-8 hold a GB/T 2260 region code, which is six digits",
        },
      ],
    })
  })

  it('reports a region cut short by the end of the input', () => {
    const result = readAdministrativeRegion('513101', 2)
    expect(!result.success && result.issues.map((issue) => issue.path)).toEqual([[2]])
  })
})
