import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalBytes } from '../../../src/events/canonicalJson'
import type { EntryEnvelope } from '../../../src/events/envelope'
import { entryLeafHash, sha256Concat, toHex } from '../../../src/proof'
import { committedLeafHash } from '../../../src/proof/commitment/committedLeafHash'
import { entryCommitments } from '../../../src/proof/commitment/entryCommitments'
import { fieldSalt } from '../../../src/proof/commitment/fieldCommitment'

const encoder = new TextEncoder()

/** The field commitment tree spelled out from its definition, one hash step at a time. */
function referenceTree(salt: string, content: Record<string, unknown>): unknown {
  const walk = (value: unknown, path: string[]): unknown => {
    const record = value as Record<string, unknown>
    const splittable =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(record).some((item) => item !== undefined)
    if (path.length < 3 && splittable) {
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(record).sort()) {
        if (record[key] === undefined) continue
        // Defined, not assigned, so that a `__proto__` key stays a field.
        Object.defineProperty(out, key, {
          value: walk(record[key], [...path, key]),
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
      return out
    }
    const fieldSalt = sha256Concat(
      0x04,
      encoder.encode(salt),
      new Uint8Array([0]),
      canonicalBytes(path),
    )
    return toHex(sha256Concat(0x03, fieldSalt, canonicalBytes(value)))
  }
  return walk(content, [])
}

function referenceLeaf(entry: Record<string, unknown> & { salt: string }): string {
  const position: Record<string, unknown> = {}
  const content: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined || key === 'salt') continue
    // Defined, not assigned, so that a `__proto__` key stays a field.
    Object.defineProperty(['by', 'cause', 'data', 'ref'].includes(key) ? content : position, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  const commitments = referenceTree(entry.salt, content)
  Object.defineProperty(position, 'commitments', { value: commitments, enumerable: true })
  return toHex(sha256Concat(0x00, canonicalBytes(position)))
}

const penalty = {
  seq: 7,
  org: '51310000MJ0000000X',
  type: 'PenaltyImposed',
  version: 3,
  schema: 1,
  effectiveAt: '2023-05-04',
  recordedAt: '2023-05-06T09:00:00+08:00',
  salt: '00112233445566778899aabbccddeeff',
  by: '上海市民政局',
  data: {
    penalty: 'warning',
    fine: undefined,
    facts: '未按规定接受年度检查',
    violated: { instrument: '社会团体登记管理条例', article: '30' },
    amounts: [1, 2],
    empty: {},
  },
}

const salts = fc.uint8Array({ minLength: 16, maxLength: 16 }).map(toHex)
const content = fc.record(
  { by: fc.string(), data: fc.jsonValue(), ref: fc.string(), cause: fc.jsonValue() },
  { requiredKeys: ['by', 'data'] },
)

describe('the leaf hash of a salted entry', () => {
  it('keeps the value it has always had for a known entry', () => {
    expect(toHex(entryLeafHash(penalty as unknown as EntryEnvelope))).toBe(
      'af998eb2aa1d3346dfef2cc2e7bd9a4291dfc44784b2b9e8441cecb70a296c69',
    )
  })

  it('equals the leaf spelled out from its definition, for any content', () => {
    fc.assert(
      fc.property(content, salts, fc.nat(), (fields, salt, seq) => {
        const entry = {
          seq,
          org: '51310000MJ0000000X',
          type: 'DisclosurePublished',
          salt,
          ...fields,
        }
        expect(toHex(entryLeafHash(entry as unknown as EntryEnvelope))).toBe(referenceLeaf(entry))
      }),
      { numRuns: 300 },
    )
  })

  it('keeps a __proto__ key of the content as a field, in the leaf and in the commitment tree', () => {
    const data = JSON.parse('{"__proto__":{"x":1},"y":2}') as unknown
    const entry = {
      seq: 1,
      org: 'F-310116-0001',
      type: 'DisclosurePublished',
      salt: penalty.salt,
      by: 'a',
      data,
    }
    const salted = entry as unknown as EntryEnvelope & { salt: string }
    const tree = entryCommitments(salted)
    expect(Object.keys(tree.data as object)).toEqual(['__proto__', 'y'])
    expect(toHex(entryLeafHash(salted))).toBe(referenceLeaf(entry))
    expect(toHex(committedLeafHash(salted, tree))).toBe(referenceLeaf(entry))
  })

  it('equals the leaf a report rebuilds from the commitment tree', () => {
    fc.assert(
      fc.property(content, salts, (fields, salt) => {
        const entry = { seq: 1, org: 'F-310116-0001', type: 'DisclosurePublished', salt, ...fields }
        const salted = entry as unknown as EntryEnvelope & { salt: string }
        expect(toHex(entryLeafHash(salted))).toBe(
          toHex(committedLeafHash(salted, entryCommitments(salted))),
        )
      }),
      { numRuns: 300 },
    )
  })
})

describe('field salts', () => {
  it('differ for paths that join to the same text, in whichever order they are first made', () => {
    const salt = penalty.salt
    const joined = toHex(fieldSalt(salt, ['data', 'a\u0000b']))
    const split = toHex(fieldSalt(salt, ['data', 'a', 'b']))
    expect(joined).not.toBe(split)
    expect(toHex(fieldSalt(salt, ['data', 'a\u0000b']))).toBe(joined)
    expect(toHex(fieldSalt(salt, ['data', 'a', 'b']))).toBe(split)
  })
})

describe('a top-level __proto__ key', () => {
  it('is a position field on both routes to the leaf', () => {
    const entry = JSON.parse(
      `{"seq":1,"org":"F-310116-0001","type":"DisclosurePublished","salt":"${penalty.salt}","by":"a","data":{"x":1},"__proto__":{"y":2}}`,
    ) as EntryEnvelope & { salt: string }
    expect(toHex(entryLeafHash(entry))).toBe(
      toHex(committedLeafHash(entry, entryCommitments(entry))),
    )
    expect(toHex(entryLeafHash(entry))).toBe(referenceLeaf(entry as never))
  })
})
