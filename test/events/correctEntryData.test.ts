import { describe, expect, it } from 'vitest'
import type { Entry } from '../../src/events/catalogue'
import { correctEntryData } from '../../src/events/correctEntryData'
import { examples } from './examples'

const penalty = {
  by: '上海市浦东新区民政局',
  data: examples.PenaltyImposed,
  effectiveAt: '2024-03-20',
  org: '51310115MJ0000000X',
  recordedAt: '2024-03-20T03:00:00Z',
  ref: '浦民罚决字〔2024〕3号',
  schema: 1,
  seq: 30,
  type: 'PenaltyImposed',
  version: 9,
} as Entry

describe('correctEntryData', () => {
  it('merges the corrected fields into the payload', () => {
    const result = correctEntryData(penalty, { decidedOn: '2024-03-13' })
    expect(result).toEqual({
      success: true,
      data: { ...examples.PenaltyImposed, decidedOn: '2024-03-13' },
    })
  })

  it('reports a correction that would break its target at the corrected field', () => {
    expect(correctEntryData(penalty, { sanctions: [] })).toMatchObject({
      success: false,
      issues: [{ path: ['data', 'fields', 'sanctions'] }],
    })
    expect(correctEntryData(penalty, { 罚款: 1 })).toMatchObject({
      success: false,
      issues: [{ code: 'unrecognized_keys', path: ['data', 'fields', '罚款'] }],
    })
  })
})
