import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import { parseEntryData, upcastEntry } from '../../src/events/catalogue'
import type { EntryEnvelope } from '../../src/events/envelope'
import { examples } from './examples'

const storedV1: EntryEnvelope = {
  by: '民政部',
  data: {
    grade: 'AAAA',
    evaluator: '民政部社会组织评估委员会',
    evaluatorType: 'panel',
    evaluationKind: 'standardisation',
    announcedOn: '2018-11-02',
    validUntil: '2023-11-01',
  },
  effectiveAt: '2018-11-02',
  org: '52100000500000000X',
  recordedAt: '2018-11-02T01:00:00Z',
  schema: 1,
  seq: 12,
  type: 'EvaluationGraded',
  version: 4,
}

describe('parseEntryData with an older schema', () => {
  it('lifts a version 1 grade and parses it under version 2', () => {
    expect(parseEntryData('EvaluationGraded', 1, storedV1.data)).toEqual({
      success: true,
      data: {
        grade: '4A',
        evaluator: '民政部社会组织评估委员会',
        evaluatorType: 'panel',
        evaluationKind: 'standardisation',
        announcedOn: '2018-11-02',
        validFrom: '2018-11-02',
        validTo: '2023-11-01',
      },
    })
  })

  it('reports a broken version 1 payload at the path of the version 2 field', () => {
    const broken = { ...(storedV1.data as object), validUntil: '2023-13-01' }
    expect(parseEntryData('EvaluationGraded', 1, broken)).toMatchObject({
      success: false,
      issues: [{ path: ['data', 'validTo'] }],
    })
  })
})

describe('upcastEntry', () => {
  it('returns a current entry as it is, without checking it again', () => {
    const current: EntryEnvelope = { ...storedV1, data: examples.EvaluationGraded, schema: 2 }
    expect(upcastEntry(current)).toBe(current)
  })

  it('gives an old entry a new envelope at the current schema, keys in canonical order', () => {
    const lifted = upcastEntry(storedV1)
    expect(lifted).not.toBe(storedV1)
    expect(lifted.schema).toBe(2)
    expect(lifted.type === 'EvaluationGraded' && lifted.data.grade).toBe('4A')
    expect(Object.keys(lifted)).toEqual(Object.keys(storedV1))
    expect(storedV1.schema).toBe(1)
  })

  it('throws INVALID_INPUT for a stored entry no schema accepts', () => {
    const corrupt = { ...storedV1, data: { grade: 'AAAA' } }
    expect(() => upcastEntry(corrupt)).toThrow(/cannot be read/)
    const thrown = caught(() => upcastEntry({ ...storedV1, type: 'OrganizationMerged' }))
    expect(isLedgerError(thrown) && thrown.code).toBe('INVALID_INPUT')
  })
})

function caught(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}
