import { describe, expect, it } from 'vitest'
import {
  closingStatus,
  type Entry,
  type EntryType,
  entryTypes,
  isEntryType,
  nextStatus,
  parseEntryData,
} from '../../src/events/catalogue'
import { examples, wrongFields } from './examples'

const names = Object.keys(entryTypes) as EntryType[]

function current(type: EntryType): number {
  return entryTypes[type].schema
}

describe('entryTypes', () => {
  it('names every type after its key, with a Chinese and an English title', () => {
    for (const name of names) {
      const definition = entryTypes[name]
      expect(definition.type).toBe(name)
      expect(definition.title.zh).toMatch(/\p{Script=Han}/u)
      expect(definition.title.en.length).toBeGreaterThan(3)
    }
  })

  it('lets only a registration or a filing open a stream', () => {
    const openers = names.filter((name) => entryTypes[name].opensStream)
    expect(openers.sort()).toEqual(['OrganizationFiled', 'OrganizationRegistered'])
  })

  it('points every amends rule at types that exist', () => {
    for (const name of names) {
      const rule = entryTypes[name].amends
      if (rule === null || rule === 'any') continue
      for (const target of rule) expect(isEntryType(target)).toBe(true)
    }
  })

  it('keeps corrections, objections, removals and revocations possible after closure', () => {
    const always: EntryType[] = [
      'EntryCorrected',
      'EntryRetracted',
      'ObjectionFiled',
      'ObjectionResolved',
      'RemovedFromAbnormalList',
      'RemovedFromSeriousList',
      'DishonestDebtorRemoved',
      'PenaltyRevoked',
      'PersonalDataErased',
    ]
    for (const name of always) {
      expect([...entryTypes[name].allowedWhen].sort()).toEqual([
        'banned',
        'deregistered',
        'revoked',
      ])
    }
    expect(entryTypes.ListedOnSeriousList.allowedWhen).toEqual(['revoked'])
    expect(entryTypes.Deregistered.allowedWhen).toEqual(['revoked'])
    expect([...entryTypes.Banned.allowedWhen].sort()).toEqual(['deregistered', 'revoked'])
    expect(entryTypes.AnnualReportFiled.allowedWhen).toEqual([])
  })

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(entryTypes)).toBe(true)
    expect(Object.isFrozen(entryTypes.PenaltyImposed)).toBe(true)
  })
})

describe('isEntryType', () => {
  it('knows the catalogue names and nothing from the prototype', () => {
    expect(isEntryType('AnnualReportFiled')).toBe(true)
    expect(isEntryType('annualReportFiled')).toBe(false)
    expect(isEntryType('toString')).toBe(false)
  })
})

describe('parseEntryData', () => {
  it.each(names)('accepts a realistic %s', (name) => {
    const result = parseEntryData(name, current(name), examples[name])
    expect(result).toEqual({ success: true, data: examples[name] })
  })

  it.each(names)('rejects a wrong field of %s at its path', (name) => {
    const { patch, path } = wrongFields[name]
    const result = parseEntryData(name, current(name), { ...examples[name], ...patch })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues.map((issue) => issue.path)).toContainEqual(path)
  })

  it.each(names)('rejects a field %s does not know', (name) => {
    const result = parseEntryData(name, current(name), { ...examples[name], 备注: '多余字段' })
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['data'] })
    }
  })

  it('takes amounts in whole yuan only', () => {
    const fine = { ...examples.PenaltyImposed, sanctions: [{ kind: 'fine', amount: 20000.5 }] }
    const result = parseEntryData('PenaltyImposed', 1, fine)
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues[0]).toMatchObject({ path: ['data', 'sanctions', 0, 'amount'] })
    }
    const funds = { ...examples.OrganizationRegistered, registeredFunds: 30000.01 }
    expect(parseEntryData('OrganizationRegistered', 1, funds).success).toBe(false)
  })

  it('maps zod issue codes unchanged', () => {
    const result = parseEntryData('AnnualReportFiled', 1, {
      ...examples.AnnualReportFiled,
      year: '2023',
    })
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_type', path: ['data', 'year'] }],
    })
  })

  it('reports an unknown type at the type', () => {
    expect(parseEntryData('OrganizationMerged', 1, {})).toMatchObject({
      success: false,
      issues: [{ code: 'unknown_entry_type', path: ['type'] }],
    })
  })

  it('reports a schema newer than the library knows, or none at all', () => {
    for (const schema of [2, 0, 1.5]) {
      expect(parseEntryData('Commended', schema, examples.Commended)).toMatchObject({
        success: false,
        issues: [{ code: 'unsupported_schema', path: ['schema'] }],
      })
    }
  })

  it('asks a suspension for its term', () => {
    const penalty = { ...examples.PenaltyImposed, sanctions: [{ kind: 'suspension' }] }
    expect(parseEntryData('PenaltyImposed', 1, penalty)).toMatchObject({
      success: false,
      issues: [{ path: ['data', 'sanctions', 0, 'months'] }],
    })
    const term = [{ kind: 'suspension', from: '2024-04-01', to: '2024-06-30' }]
    expect(parseEntryData('PenaltyImposed', 1, { ...penalty, sanctions: term }).success).toBe(true)
  })

  it('wants a disclosure to carry its text or the digest of its document', () => {
    const { body: _body, ...bare } = examples.DisclosurePublished
    expect(parseEntryData('DisclosurePublished', 1, bare).success).toBe(false)
    const hashed = { ...bare, documentSha256: 'ab'.repeat(32) }
    expect(parseEntryData('DisclosurePublished', 1, hashed).success).toBe(true)
  })
})

function entry(type: EntryType, data: unknown): Entry {
  return {
    by: '上海市浦东新区民政局',
    data,
    effectiveAt: '2024-05-01',
    org: '51310115MJ0000000X',
    recordedAt: '2024-05-01T02:00:00Z',
    schema: 1,
    seq: 7,
    type,
    version: 3,
  } as Entry
}

describe('nextStatus', () => {
  it('closes a stream on deregistration, revocation and banning', () => {
    expect(nextStatus('active', entry('Deregistered', examples.Deregistered))).toBe('deregistered')
    expect(nextStatus('active', entry('RegistrationRevoked', examples.RegistrationRevoked))).toBe(
      'revoked',
    )
    expect(nextStatus('revoked', entry('Banned', examples.Banned))).toBe('banned')
    expect(nextStatus('revoked', entry('Deregistered', examples.Deregistered))).toBe('deregistered')
  })

  it('closes on a penalty only when it revokes the certificate or the registration', () => {
    const revoking = {
      ...examples.PenaltyImposed,
      sanctions: [{ kind: 'certificate_revoked' }],
    }
    expect(nextStatus('active', entry('PenaltyImposed', revoking))).toBe('revoked')
    expect(nextStatus('active', entry('PenaltyImposed', examples.PenaltyImposed))).toBe('active')
    expect(closingStatus(entry('PenaltyImposed', examples.PenaltyImposed))).toBeUndefined()
  })

  it('leaves the status alone for everything else', () => {
    expect(nextStatus('revoked', entry('ObjectionFiled', examples.ObjectionFiled))).toBe('revoked')
    expect(nextStatus('active', entry('AnnualReportFiled', examples.AnnualReportFiled))).toBe(
      'active',
    )
  })
})
