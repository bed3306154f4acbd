import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../../src/errors'
import { filingId, validateFilingId } from '../../src/identity/filingId'
import { regionCode, validFilingId } from './arbitraries'

function issuesOf(id: string): readonly Issue[] {
  const result = validateFilingId(id)
  if (result.success) throw new Error(`expected ${id} to be rejected`)
  return result.issues
}

describe('validateFilingId', () => {
  it('decodes the region and the local number of a community group filing', () => {
    expect(validateFilingId('F-310116-2021-0042')).toEqual({
      success: true,
      data: {
        code: 'F-310116-2021-0042',
        region: { code: '310116', provinceCode: '310000', level: 'county' },
        localNumber: '2021-0042',
      },
    })
  })

  it('accepts local numbers of 1 and of 32 characters, in either case', () => {
    expect(validateFilingId('F-440300-7').success).toBe(true)
    expect(validateFilingId(`F-440300-${'aB3-'.repeat(8)}`).success).toBe(true)
  })

  it('rejects an id without the capital F- prefix', () => {
    expect(issuesOf('f-310116-2021-0042')).toEqual([
      {
        code: 'invalid_prefix',
        path: [0],
        message: "starts with 'f-'; a filing id starts with a capital 'F-'",
      },
    ])
    expect(issuesOf('310116-2021-0042')[0]?.code).toBe('invalid_prefix')
  })

  it('rejects a region that is not six digits of a known province', () => {
    expect(issuesOf('F-31011-2021').map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_region', [2]],
    ])
    expect(issuesOf('F-31O116-2021').map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_region', [4]],
    ])
    expect(issuesOf('F-990116-2021')[0]?.code).toBe('unknown_region')
  })

  it('rejects a missing, overlong or ill-charactered local number, naming positions', () => {
    expect(issuesOf('F-310116')[0]).toMatchObject({ code: 'invalid_local_number', path: [8] })
    expect(issuesOf('F-310116-')[0]).toMatchObject({ code: 'invalid_local_number', path: [8] })
    expect(issuesOf(`F-310116-${'1'.repeat(33)}`)).toEqual([
      {
        code: 'invalid_local_number',
        path: [41],
        message: 'the local number has 33 characters; at most 32 are allowed',
      },
    ])
    expect(issuesOf('F-310116-2021/42 号').map((issue) => issue.path)).toEqual([[13], [16], [17]])
  })

  it('reports a bad region and a bad local number together', () => {
    expect(issuesOf('F-990116-20_21').map((issue) => issue.code)).toEqual([
      'unknown_region',
      'invalid_local_number',
    ])
  })

  it('accepts every id of the defined form', () => {
    fc.assert(
      fc.property(validFilingId, (id) => {
        expect(validateFilingId(id).success).toBe(true)
      }),
    )
  })
})

describe('filingId', () => {
  it('builds the id from a region code and a local number', () => {
    expect(filingId('310116', '2021-0042')).toBe('F-310116-2021-0042')
  })

  it('throws an INVALID_ORGANIZATION_ID LedgerError carrying the issues', () => {
    expect(() => filingId('31011', '2021-0042')).toThrow(
      expect.objectContaining({
        name: 'LedgerError',
        code: 'INVALID_ORGANIZATION_ID',
        issues: [expect.objectContaining({ code: 'invalid_region' })],
      }),
    )
    expect(() => filingId('310116', '')).toThrow(/local number .* is missing/)
  })

  it('round-trips through validateFilingId', () => {
    fc.assert(
      fc.property(regionCode, fc.stringMatching(/^[0-9A-Za-z-]{1,32}$/), (region, local) => {
        const result = validateFilingId(filingId(region, local))
        expect(result.success && [result.data.region.code, result.data.localNumber]).toEqual([
          region,
          local,
        ])
      }),
    )
  })
})
