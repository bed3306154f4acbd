import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../../src/errors'
import { cnPolicy, cnPolicyParametersSchema, cnPolicyWith } from '../../../src/policies'
import { policyFromJson } from '../../../src/rules'

describe('cnPolicy', () => {
  it('has a stable hash that its JSON round-trips to', () => {
    expect(cnPolicy.hash).toBe(cnPolicyWith({}).hash)
    expect(cnPolicy.hash).toMatchInlineSnapshot(
      `"53751b1f0becacb2db4f4c225143e9f47e21f0864636947d227f0d3249c894d5"`,
    )
    const copy = policyFromJson(JSON.parse(JSON.stringify(cnPolicy)))
    expect(copy.hash).toBe(cnPolicy.hash)
  })

  it('counts periods by the Civil Code and weekdays with the national holidays', () => {
    expect(cnPolicy.convention).toBe('civil_code')
    expect(cnPolicy.calendar?.holidays).toContain('2024-10-01')
  })

  it('cites an instrument and titles every rule in Chinese and English', () => {
    for (const rule of cnPolicy.rules) {
      expect(rule.id).toMatch(/^(CR|AB|SL|EV|AI|DR|CH|JR)-\d\d(\.[a-z]+)?$/)
      expect(rule.source.instrument).toMatch(/^《.+》|地方/)
      expect(rule.title.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(rule.title.en).toMatch(/[a-z]/)
    }
  })

  it('holds each rule id once, except the versions of AI-03.audit, CH-01, CH-02, CH-05, EV-02 and EV-17', () => {
    const ids = cnPolicy.rules.map((rule) => rule.id)
    const repeated = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].sort()
    expect(repeated).toEqual(['AI-03.audit', 'CH-01', 'CH-02', 'CH-05', 'EV-02', 'EV-17'])
  })

  it('keeps the notes of a rule through JSON', () => {
    const copy = policyFromJson(JSON.parse(JSON.stringify(cnPolicy)))
    expect(copy.rules.find((rule) => rule.id === 'SL-01')?.notes).toMatch(/Civil Code/)
  })
})

describe('cnPolicyWith', () => {
  it('gives a different policy, with its own hash, for other parameters', () => {
    const anniversary = cnPolicyWith({ convention: 'calendar' })
    expect(anniversary.convention).toBe('calendar')
    expect(anniversary.hash).not.toBe(cnPolicy.hash)
  })

  it('fills in the defaults', () => {
    expect(cnPolicyParametersSchema.parse({})).toEqual({
      convention: 'civil_code',
      removalWorkingDays: 5,
      penaltyListingLasts: { months: 6 },
      missedReportsBeforeRevocation: null,
      activityRecords: 'ongoing',
      objectionAnswerWithin: null,
      unreachableLetterInterval: { atLeast: { days: 20 }, atMost: { days: 60 } },
    })
  })

  it('keeps the cautious reading of DR-02 and DR-08 as a parameter with its own hash', () => {
    const reported = cnPolicyWith({ activityRecords: 'annual_report' })
    expect(reported.hash).not.toBe(cnPolicy.hash)
    expect(reported.rules.find((rule) => rule.id === 'DR-02')?.notes).toMatch(/overdue/)
    expect(() => cnPolicyWith({ activityRecords: 'monthly' } as never)).toThrow(/activityRecords/)
  })

  it('rejects bad parameters with an INVALID_INPUT error naming each one', () => {
    const bad = { convention: 'lunar', removalWorkingDays: 0 } as never
    let caught: unknown
    try {
      cnPolicyWith(bad)
    } catch (error) {
      caught = error
    }
    expect(isLedgerError(caught)).toBe(true)
    const error = caught as { code: string; message: string; issues: { path: unknown[] }[] }
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(/^invalid cnPolicy parameters: convention: .* \(and 1 more\)$/)
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['convention'],
      ['removalWorkingDays'],
    ])
  })

  it('rejects parameters it does not know', () => {
    expect(() => cnPolicyWith({ removalDays: 5 } as never)).toThrow(/removalDays|unrecognized/i)
  })

  it('rejects a period that is not one', () => {
    expect(() => cnPolicyWith({ penaltyListingLasts: { months: 0 } })).toThrow(
      /penaltyListingLasts/,
    )
  })
})
