import { describe, expect, it } from 'vitest'
import {
  disclosurePolicy,
  disclosurePolicyHash,
  entryVisibilityOf,
  fieldVisibilityOf,
  nationalDisclosureOptions,
  nationalDisclosurePolicy,
  personFieldVisibilityOf,
} from '../../src/disclosure'
import { entryTypes } from '../../src/events/catalogue'
import { cnPolicy, cnPolicyWith } from '../../src/policies'

describe('nationalDisclosurePolicy', () => {
  it('is a valid, frozen policy that says something about every entry type and cites its sources', () => {
    expect(disclosurePolicy(nationalDisclosurePolicy)).toEqual(nationalDisclosurePolicy)
    expect(Object.isFrozen(nationalDisclosurePolicy.visibility.types)).toBe(true)
    expect(Object.keys(nationalDisclosurePolicy.visibility.types).sort()).toEqual(
      Object.keys(entryTypes).sort(),
    )
    expect(nationalDisclosurePolicy.sources.map((s) => s.instrument).join()).toContain(
      '民政部令第60号',
    )
    expect(nationalDisclosurePolicy.windows).toEqual([])
    // No objection deadline: the answer (RT-02) is a rule the national pack adds only when asked.
    expect(cnPolicy.rules.some((rule) => rule.id === 'RT-02')).toBe(false)
  })

  it('offers the NDRC windows and a five-year limit as data that validates, and the pack the 20-day answer', () => {
    const policy = disclosurePolicy({
      ...nationalDisclosurePolicy,
      id: 'cn-all-options',
      windows: [
        ...nationalDisclosureOptions.creditRepairWindows,
        ...nationalDisclosureOptions.fiveYearLimit,
      ],
    })
    expect(policy.windows.map((w) => [w.id, w.length, w.minimum ?? null, w.source.id])).toEqual([
      ['rp02-general', { years: 1 }, { months: 3 }, 'RP-02'],
      ['rp02-serious', { years: 3 }, { years: 1 }, 'RP-02'],
      ['five-year-decisions', { years: 5 }, null, 'RT-01'],
      ['five-year-lists', { years: 5 }, null, 'RT-07'],
    ])
    const answer = cnPolicyWith({ objectionAnswerWithin: { days: 20 } }).rules.find(
      (rule) => rule.id === 'RT-02',
    )
    expect(answer?.then).toEqual([{ kind: 'objectionAnswerDuty', within: { days: 20 } }])
    expect(answer?.source).toMatchObject({
      instrument: '《征信业管理条例》',
      article: '第二十五条',
    })
  })
})

describe('disclosurePolicy', () => {
  it('refuses unknown entry types, bad field paths, duplicate window ids and periods of nothing, naming each', () => {
    const bad = {
      ...nationalDisclosurePolicy,
      visibility: {
        default: { entry: 'authorities' },
        types: {
          Gossiped: { entry: 'public' },
          PenaltyImposed: { entry: 'public', fields: { 'data.a.b.c': 'public' } },
        },
      },
      windows: [
        { ...nationalDisclosureOptions.creditRepairWindows[0], length: {} },
        nationalDisclosureOptions.creditRepairWindows[0],
      ],
    }
    expect(() => disclosurePolicy(bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    try {
      disclosurePolicy(bad)
    } catch (error) {
      const paths = (error as { issues: { path: (string | number)[] }[] }).issues.map((i) =>
        i.path.join('.'),
      )
      expect(paths).toEqual(
        expect.arrayContaining([
          'policy.visibility.types.Gossiped',
          'policy.visibility.types.PenaltyImposed.fields.data.a.b.c',
          'policy.windows.0.length',
          'policy.windows',
        ]),
      )
    }
  })
})

describe('disclosurePolicy people rules', () => {
  it('shows, under the national policy, the legal representative’s role and name on registrations and their changes, citing the platform', () => {
    const [rule, ...others] = nationalDisclosurePolicy.people ?? []
    expect(others).toEqual([])
    expect(rule).toMatchObject({
      roles: ['legal_representative'],
      fields: ['role', 'name'],
      types: ['OrganizationRegistered', 'RegistrationChanged'],
      source: { instrument: '全国社会组织信用信息公示平台' },
    })
    const shows = (type: string, role: string, field: 'role' | 'name' | 'idNumber') =>
      personFieldVisibilityOf(nationalDisclosurePolicy, type, role, field)
    expect(shows('OrganizationRegistered', 'legal_representative', 'name')).toBe('public')
    expect(shows('RegistrationChanged', 'legal_representative', 'role')).toBe('public')
    expect(shows('OrganizationRegistered', 'legal_representative', 'idNumber')).toBe('authorities')
    expect(shows('OrganizationRegistered', 'council_member', 'name')).toBe('authorities')
    expect(shows('PenaltyImposed', 'legal_representative', 'name')).toBe('authorities')
  })

  it('refuses a rule without the role among its fields, an unknown field or type, or no roles, naming each', () => {
    const bad = {
      ...nationalDisclosurePolicy,
      people: [
        { roles: ['legal_representative'], fields: ['name'] },
        { roles: [], fields: ['role', 'phone'], types: ['Gossiped'] },
      ],
    }
    try {
      disclosurePolicy(bad)
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_INPUT' })
      const paths = (error as { issues: { path: (string | number)[] }[] }).issues.map((i) =>
        i.path.join('.'),
      )
      expect(paths).toEqual(
        expect.arrayContaining([
          'policy.people.0.fields',
          'policy.people.1.roles',
          'policy.people.1.fields.1',
          'policy.people.1.types.0',
        ]),
      )
    }
  })

  it('keeps the hash of a policy that names no people rules', () => {
    const { people: _people, ...rest } = nationalDisclosurePolicy
    expect(disclosurePolicyHash(rest as never)).toBe(
      disclosurePolicyHash(disclosurePolicy({ ...rest })),
    )
    expect(disclosurePolicyHash(rest as never)).not.toBe(
      disclosurePolicyHash(nationalDisclosurePolicy),
    )
  })
})

describe('disclosurePolicyHash', () => {
  it('changes with any change of the policy and not with key order', () => {
    const hash = disclosurePolicyHash(nationalDisclosurePolicy)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    const { id, ...rest } = nationalDisclosurePolicy
    expect(disclosurePolicyHash({ ...rest, id })).toBe(hash)
    expect(disclosurePolicyHash({ ...nationalDisclosurePolicy, version: '2026-04-01' })).not.toBe(
      hash,
    )
  })
})

describe('fieldVisibilityOf', () => {
  const policy = nationalDisclosurePolicy
  it('lets the longest policy path decide and keeps unnamed fields public', () => {
    expect(fieldVisibilityOf(policy, 'AnnualReportFiled', ['data', 'financials', 'income'])).toBe(
      'authorities',
    )
    expect(fieldVisibilityOf(policy, 'AnnualReportFiled', ['data', 'year'])).toBe('public')
  })

  it('makes a value shown whole as private as its most private part', () => {
    expect(fieldVisibilityOf(policy, 'AnnualReportFiled', ['data'])).toBe('authorities')
  })

  it('reads a correction’s fields as the corrected entry’s, and hides them without a target', () => {
    expect(
      fieldVisibilityOf(policy, 'EntryCorrected', ['data', 'fields', 'facts'], 'PenaltyImposed'),
    ).toBe('public')
    expect(
      fieldVisibilityOf(
        policy,
        'EntryCorrected',
        ['data', 'fields', 'financials'],
        'AnnualReportFiled',
      ),
    ).toBe('authorities')
    expect(fieldVisibilityOf(policy, 'EntryCorrected', ['data', 'fields', 'facts'])).toBe(
      'authorities',
    )
    expect(fieldVisibilityOf(policy, 'EntryCorrected', ['data', 'reason'], 'PenaltyImposed')).toBe(
      'public',
    )
  })
})

describe('entryVisibilityOf', () => {
  const policy = nationalDisclosurePolicy
  it('takes a disclosure’s own audience, an amendment’s target, and the type’s rule otherwise', () => {
    expect(
      entryVisibilityOf(
        policy,
        { type: 'DisclosurePublished', data: { visibility: 'internal' } },
        false,
      ),
    ).toBe('internal')
    expect(
      entryVisibilityOf(
        policy,
        { type: 'DisclosurePublished', data: { visibility: 'public' } },
        false,
      ),
    ).toBe('public')
    expect(entryVisibilityOf(policy, { type: 'PersonalDataErased' }, true)).toBe('public')
    expect(entryVisibilityOf(policy, { type: 'PersonalDataErased' }, false)).toBe('authorities')
    expect(entryVisibilityOf(policy, { type: 'ActivityHeld' }, false)).toBe('authorities')
    expect(entryVisibilityOf(policy, { type: 'Unheard' }, false)).toBe('authorities')
  })
})
