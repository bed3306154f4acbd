import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { canonicalJson } from '../../src/events'
import { evaluate } from '../../src/rules/evaluate'
import { at, history } from '../credit-file/history'
import { examplePolicy } from './fixtures'

const entries = history(
  at('2019-03-01', 'OrganizationRegistered'),
  at('2021-06-01', 'ListedOnAbnormalList'),
)
const policy = examplePolicy()

describe('evaluate', () => {
  it('refuses a date that is not a calendar day', () => {
    expect(() => evaluate(policy, creditFileOf(entries), { at: '2023-02-30' })).toThrow(
      /at must be a calendar day/,
    )
  })

  it('refuses a file read as of a later day than the date', () => {
    const file = creditFileOf(entries, { asOf: '2024-01-01' })
    expect(() => evaluate(policy, file, { at: '2023-06-02' })).toThrow(/read it as of 2023-06-02/)
  })

  it('reads a file read without asOf as it stands on the date', () => {
    const file = creditFileOf(entries)
    const asOf = creditFileOf(entries, { asOf: '2023-06-02' })
    expect(canonicalJson(evaluate(policy, file, { at: '2023-06-02' }))).toBe(
      canonicalJson(evaluate(policy, asOf, { at: '2023-06-02' })),
    )
    expect(evaluate(policy, file, { at: '2021-05-31' }).filter((d) => d.rule === 'SL-01')).toEqual(
      [],
    )
  })

  it('accepts a copy of a policy, checked against its hash once', () => {
    const copy = structuredClone(policy)
    const file = creditFileOf(entries, { asOf: '2023-06-02' })
    expect(canonicalJson(evaluate(copy, file, { at: '2023-06-02' }))).toBe(
      canonicalJson(evaluate(policy, file, { at: '2023-06-02' })),
    )
    expect(() => evaluate({ ...copy, version: 'tampered' }, file, { at: '2023-06-02' })).toThrow(
      /hash/,
    )
  })
})
