import { describe, expect, it } from 'vitest'
import { subjectAccessReport } from '../../../src/disclosure'
import type { EntryInput } from '../../../src/ledger/entryInput'
import { newLedger, registration } from '../../ledger/fixtures'
import { GROUP, PEOPLE, recordedGroup } from '../fixtures'

describe('subjectAccessReport', () => {
  it('lists every entry held, with who recorded it, when, and under which policy it is judged', async () => {
    const { ledger } = await recordedGroup()
    const access = await subjectAccessReport(ledger, GROUP)
    expect(access.entries.map((entry) => entry.seq)).toEqual(
      (await ledger.entries(GROUP)).map((e) => e.seq),
    )
    expect(access.policy.id).toBe('cn-national-disclosure')
    expect(access.entries[0]).toMatchObject({
      type: 'OrganizationRegistered',
      title: { zh: '成立登记', en: 'Organization registered' },
      by: '上海市金山区民政局',
      effectiveAt: '2016-03-01',
      recordedAt: expect.stringMatching(/^2024-01-01T/),
      migrated: null,
      cause: null,
    })
  })

  it('says of an entry carried over from another system when and by which it was first recorded', async () => {
    const { ledger } = newLedger()
    const migrated = { recordedAt: '2016-03-02', source: '上海市社会组织业务管理系统' }
    await ledger.append({ ...registration(GROUP), migrated } as EntryInput, { migration: true })
    const [entry] = (await subjectAccessReport(ledger, GROUP)).entries
    expect(entry).toMatchObject({ migrated, recordedAt: expect.stringMatching(/^2024-01-01T/) })
  })

  it('says which entries are disputed and how the dispute ended', async () => {
    const { ledger, seq } = await recordedGroup()
    const penalty = (await subjectAccessReport(ledger, GROUP)).entries.find(
      (e) => e.seq === seq.penalty,
    )
    expect(penalty?.dispute).toEqual({ state: 'upheld', objections: [seq.objection] })
    expect(penalty?.amendments.map((note) => note.type)).toEqual([
      'ObjectionFiled',
      'EntryCorrected',
    ])
  })

  it('says on which days each entry was public, and which fields never are', async () => {
    const { ledger, seq } = await recordedGroup()
    const access = await subjectAccessReport(ledger, GROUP)
    const of = (name: string) => access.entries.find((e) => e.seq === seq[name])
    expect(of('penalty')?.publication).toEqual({
      periods: [{ from: '2020-08-10', to: null }],
      withheldFields: [],
    })
    expect(of('internalDisclosure')?.publication.periods).toEqual([])
    expect(of('report')?.publication.withheldFields).toEqual([
      'data.financials.expenditure',
      'data.financials.income',
    ])
    expect(of('objection')?.publication.withheldFields).toEqual(['data.grounds'])
  })

  it('lists the people named beside an entry, and which of their fields the public does not see', async () => {
    const { ledger, seq } = await recordedGroup()
    const access = await subjectAccessReport(ledger, GROUP)
    const registration = access.entries.find((e) => e.seq === seq.registration)
    expect(registration?.personalData).toEqual({ state: 'held', people: PEOPLE })
    expect(registration?.publication.withheldFields).toEqual([
      'people.0.idNumber',
      'people.1.role',
      'people.1.name',
      'people.1.idNumber',
    ])
  })
})
