import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import { definePolicy, policyFromJson, safePolicyFromJson } from '../../src/rules/definePolicy'
import { policyHash } from '../../src/rules/policyHash'
import { rule } from '../../src/rules/rule'
import { everyKindRules } from './everyKind'
import { examplePolicy, REPORTS } from './fixtures'
import { SL01 } from './nationalRules'

const base = {
  name: 'test',
  version: '1',
  convention: 'civil_code',
  annualReport: REPORTS,
} as const

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).reverse()
  return Object.fromEntries(entries.map(([key, inner]) => [key, reverseKeys(inner)]))
}

function issuesOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (isLedgerError(error))
      return error.issues.map((issue) => ({ code: issue.code, path: issue.path }))
    throw error
  }
  throw new Error('expected a LedgerError')
}

describe('definePolicy', () => {
  it('names the policy by the SHA-256 of its canonical JSON', () => {
    const policy = examplePolicy()
    const { hash, ...document } = policy
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(policyHash(document)).toBe(hash)
    expect(Object.isFrozen(policy.rules[0]?.when)).toBe(true)
  })

  it('gives a builder-made policy and its JSON the same hash, whatever the key order', () => {
    fc.assert(
      fc.property(
        fc.subarray([...everyKindRules], { minLength: 1 }),
        fc.boolean(),
        (rules, withHash) => {
          const policy = examplePolicy(rules)
          const json = JSON.parse(JSON.stringify(policy))
          if (!withHash) delete json.hash
          expect(policyFromJson(json).hash).toBe(policy.hash)
          expect(policyFromJson(reverseKeys(json)).hash).toBe(policy.hash)
        },
      ),
      { numRuns: 30 },
    )
  })

  it('changes the hash with any change of a rule', () => {
    const policy = examplePolicy([SL01])
    const changed = examplePolicy([rule({ ...SL01, effective: { from: '2018-01-25' } })])
    expect(changed.hash).not.toBe(policy.hash)
  })

  it('refuses JSON whose stated hash does not match its content', () => {
    const json = { ...JSON.parse(JSON.stringify(examplePolicy([SL01]))), version: '2' }
    expect(safePolicyFromJson(json)).toMatchObject({
      success: false,
      issues: [{ code: 'hash_mismatch', path: ['hash'] }],
    })
  })

  it('points at the exact place of a mistake deep in a rule', () => {
    const broken = JSON.parse(JSON.stringify(examplePolicy()))
    delete broken.hash
    broken.rules[3].when = {
      kind: 'all',
      of: [{ kind: 'listedFor', list: 'abnormal', period: { yearz: 2 } }],
    }
    expect(issuesOf(() => policyFromJson(broken))).toContainEqual({
      code: 'unrecognized_keys',
      path: ['rules', 3, 'when', 'of', 0, 'period'],
    })
  })

  it('refuses versions of one rule that overlap in time', () => {
    const later = { ...SL01, effective: { from: '2020-01-01' } }
    expect(issuesOf(() => definePolicy({ ...base, rules: [SL01, later] }))).toEqual([
      { code: 'overlapping_versions', path: ['rules', 1, 'effective', 'from'] },
    ])
    const ended = { ...SL01, effective: { from: '2018-01-24', to: '2020-01-01' } }
    expect(definePolicy({ ...base, rules: [later, ended] }).rules).toHaveLength(2)
  })

  it('asks when reports fall due when a rule reads them and the policy does not say', () => {
    const { annualReport: _, ...noReports } = base
    const reading = rule({ ...SL01, id: 'R', when: { kind: 'reportOverdue' } })
    expect(issuesOf(() => definePolicy({ ...noReports, rules: [reading] }))).toEqual([
      { code: 'no_report_due', path: ['rules', 0, 'when', 'report', 'due'] },
    ])
    const own = rule({ ...reading, when: { kind: 'reportOverdue', report: { due: '05-31' } } })
    expect(definePolicy({ ...noReports, rules: [own] }).rules).toHaveLength(1)
  })

  it('asks for a calendar before counting working days', () => {
    const counting = rule({
      ...SL01,
      then: [
        {
          kind: 'obligation',
          duty: 'remove_from_list',
          who: 'registrar',
          due: { from: 'since', workingDays: 5 },
        },
      ],
    })
    expect(issuesOf(() => definePolicy({ ...base, rules: [counting] }))).toEqual([
      { code: 'no_calendar', path: ['rules', 0, 'then', 0, 'due', 'workingDays'] },
    ])
  })
})

describe('rule', () => {
  it('refuses a reason of the other list', () => {
    expect(
      issuesOf(() =>
        rule({
          ...SL01,
          when: { kind: 'onList', list: 'serious', reasons: ['annual_report_missing'] },
        }),
      ),
    ).toEqual([{ code: 'invalid_reason', path: ['when', 'reasons', 0] }])
  })

  it('refuses a field the section’s items do not have', () => {
    const when = {
      kind: 'count',
      entries: { of: 'penalties', where: { field: 'amount', op: 'lt', value: 50000 } },
    } as const
    expect(issuesOf(() => rule({ ...SL01, when }))).toEqual([
      { code: 'unknown_field', path: ['when', 'entries', 'where', 'field'] },
    ])
  })

  it('refuses an obligation counting from a fact its condition does not report', () => {
    const then = [
      { kind: 'obligation', duty: 'rectify', who: 'organization', due: { from: 'deadline' } },
    ] as const
    expect(issuesOf(() => rule({ ...SL01, then }))).toEqual([
      { code: 'unknown_fact', path: ['then', 0, 'due', 'from'] },
    ])
  })

  it('checks a fixed proposal’s payload against its entry type', () => {
    const then = [
      {
        kind: 'propose',
        type: 'Commended',
        mode: 'automatic',
        data: { honour: '先进', level: 'township', awardedBy: '区政府' },
      },
    ] as const
    expect(issuesOf(() => rule({ ...SL01, then }))).toEqual([
      { code: 'invalid_value', path: ['then', 0, 'data', 'level'] },
    ])
    const amending = [
      { kind: 'propose', type: 'PenaltyRevoked', mode: 'automatic', data: {} },
    ] as const
    expect(issuesOf(() => rule({ ...SL01, then: amending }))).toEqual([
      { code: 'not_proposable', path: ['then', 0, 'type'] },
    ])
  })

  it('refuses an id that cannot be cited in a cause', () => {
    expect(issuesOf(() => rule({ ...SL01, id: 'SL 01' }))).toEqual([
      { code: 'invalid_format', path: ['id'] },
    ])
  })
})
