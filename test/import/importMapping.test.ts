import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import { parseImportMapping } from '../../src/import'
import { inspectionMapping } from './fixtures'

const base = {
  format: 'integrity-ledger/import-mapping/v1',
  org: { column: '统一社会信用代码' },
  kinds: [
    {
      type: 'Commended',
      effectiveAt: { column: '日期', convert: 'date' },
      by: { value: '民政部' },
      data: {
        honour: { column: '荣誉' },
        level: { value: 'national' },
        awardedBy: { value: '民政部' },
      },
    },
  ],
}

function issuesOf(raw: unknown): { code: string; path: string }[] {
  try {
    parseImportMapping(raw)
  } catch (error) {
    if (!isLedgerError(error) || error.code !== 'INVALID_INPUT') throw error
    return error.issues.map((issue) => ({ code: issue.code, path: issue.path.join('.') }))
  }
  throw new Error('the mapping was accepted')
}

const withKind = (kind: Record<string, unknown>) => ({
  ...base,
  kinds: [{ ...base.kinds[0], ...kind }],
})

describe('parseImportMapping', () => {
  it('accepts a mapping of one kind for the whole sheet and returns it checked', () => {
    expect(parseImportMapping(base)).toEqual(base)
    expect(inspectionMapping.kinds[0]?.type).toBe('AnnualInspectionConcluded')
  })

  it('names the format when it is missing or of another version', () => {
    expect(issuesOf({ ...base, format: 'integrity-ledger/import-mapping/v2' })).toEqual([
      { code: 'invalid_value', path: 'format' },
    ])
  })

  it('names an unknown entry type at its kind', () => {
    expect(issuesOf(withKind({ type: 'Commendation' }))).toEqual([
      { code: 'invalid_value', path: 'kinds.0.type' },
    ])
  })

  it('names a payload field the entry type does not have, and one it needs that is not mapped', () => {
    const data = {
      honour: { column: '荣誉' },
      levle: { value: 'national' },
      awardedBy: { value: '民政部' },
    }
    expect(issuesOf(withKind({ data }))).toEqual([
      { code: 'unknown_field', path: 'kinds.0.data.levle' },
      { code: 'missing_field', path: 'kinds.0.data.level' },
    ])
  })

  it('names a field with neither column nor value, or with both', () => {
    expect(issuesOf({ ...base, org: {} })).toEqual([{ code: 'no_source', path: 'org' }])
    expect(issuesOf({ ...base, org: { column: '代码', value: 'x' } })).toEqual([
      { code: 'column_and_value', path: 'org.value' },
    ])
  })

  it('names a conversion it does not know, a map beside a conversion, and column options on a fixed value', () => {
    const data = {
      ...base.kinds[0]?.data,
      honour: { column: '荣誉', convert: 'uppercase' },
      level: { column: '级别', map: { 国家级: 'national' }, convert: 'text' },
      awardedBy: { value: '民政部', optional: true },
    }
    expect(issuesOf(withKind({ data }))).toEqual([
      { code: 'invalid_value', path: 'kinds.0.data.honour.convert' },
      { code: 'map_and_convert', path: 'kinds.0.data.level.convert' },
      { code: 'not_for_value', path: 'kinds.0.data.awardedBy.optional' },
    ])
  })

  it('names a payload path that is not one, and one reaching a prototype', () => {
    const data = {
      ...base.kinds[0]?.data,
      'honour..x': { column: 'a' },
      'x.constructor': { value: 1 },
    }
    const nested = { 'honour.prototype.x': { column: 'a' } }
    expect(issuesOf(withKind({ data: { ...data, ...nested } }))).toEqual([
      { code: 'invalid_key', path: 'kinds.0.data.honour..x' },
      { code: 'invalid_key', path: 'kinds.0.data.x.constructor' },
      { code: 'invalid_key', path: 'kinds.0.data.honour.prototype.x' },
    ])
  })

  it('drops a __proto__ key, which can never reach a payload', () => {
    const data = { ...base.kinds[0]?.data, ...JSON.parse('{"__proto__": {"column": "a"}}') }
    const parsed = parseImportMapping(withKind({ data }))
    expect(Object.keys(parsed.kinds[0]?.data ?? {})).toEqual(['honour', 'level', 'awardedBy'])
    expect(Object.getPrototypeOf(parsed.kinds[0]?.data)).toBe(Object.prototype)
  })

  it('names unknown keys at their place', () => {
    expect(issuesOf({ ...base, sheet: 'Sheet1' })).toEqual([
      { code: 'unrecognized_keys', path: '' },
    ])
  })

  it('asks for a kind column when there are several kinds, and for "when" on each kind once there is one', () => {
    const two = { ...base, kinds: [base.kinds[0], base.kinds[0]] }
    expect(issuesOf(two)).toEqual([{ code: 'kind_column_needed', path: 'kindColumn' }])
    expect(issuesOf({ ...two, kindColumn: '类型' })).toEqual([
      { code: 'when_needed', path: 'kinds.0.when' },
      { code: 'when_needed', path: 'kinds.1.when' },
    ])
    expect(issuesOf(withKind({ when: '表彰' }))).toEqual([
      { code: 'when_without_kind_column', path: 'kinds.0.when' },
    ])
  })

  it('names a kind column value two kinds both claim', () => {
    const kinds = [
      { ...base.kinds[0], when: ['表彰', '荣誉'] },
      { ...base.kinds[0], when: '荣誉' },
    ]
    expect(issuesOf({ ...base, kindColumn: '类型', kinds })).toEqual([
      { code: 'duplicate_when', path: 'kinds.1.when' },
    ])
  })

  it('says which field is bad in the error message, and how many more there are', () => {
    const raw = withKind({ type: 'Nope', effectiveAt: {}, by: {} })
    expect(() => parseImportMapping(raw)).toThrow(
      /the import mapping is not valid: kinds\.0\.type: no entry type is called "Nope"; kinds\.0\.effectiveAt: .*\(and \d+ more\)|kinds\.0\.by/,
    )
  })
})
