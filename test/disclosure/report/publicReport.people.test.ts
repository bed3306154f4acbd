import { describe, expect, it } from 'vitest'
import {
  disclosurePolicy,
  nationalDisclosurePolicy,
  publicReport,
  type ReportSource,
  verifyReport,
} from '../../../src/disclosure'
import { peopleCommitments, peopleHash, personFieldSalt, toHex } from '../../../src/proof'
import { GROUP, newLedger, registration, signer, warning } from '../../ledger/fixtures'
import { PEOPLE, recordedGroup } from '../fixtures'

const CHANGE = {
  org: GROUP,
  type: 'RegistrationChanged',
  effectiveAt: '2019-06-01',
  by: '上海市金山区民政局',
  data: { changes: [{ field: 'legal_representative' }] },
  personal: [
    { role: 'legal_representative', name: '李秀英', idNumber: '310228197002020022' },
    { role: 'contact', name: '周志明' },
  ],
} as const

describe('publicReport and the people named beside entries', () => {
  it('shows the legal representative’s role and name on a registration, with the tree that proves them and nothing else of anyone', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const item = report.sections.basic[0]
    const record = await ledger.personalRecord(0)
    if (record === undefined) throw new Error('the registration names people')
    const salt = toHex(record.salt)
    expect(item?.people).toEqual({
      commitments: peopleCommitments(PEOPLE, salt),
      shown: [
        {
          index: 0,
          field: 'role',
          value: 'legal_representative',
          salt: toHex(personFieldSalt(salt, 0, 'role')),
        },
        { index: 0, field: 'name', value: '王建国', salt: toHex(personFieldSalt(salt, 0, 'name')) },
      ],
    })
    expect(toHex(peopleHash(item?.people?.commitments ?? []))).toBe(item?.entry.personalHash)
    const checked = verifyReport(report, {
      publicKey: signer.publicKey,
      policy: nationalDisclosurePolicy,
    })
    expect(checked.success).toBe(true)
  })

  it('shows the new legal representative on a change registration, and no people on other entries', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    await ledger.append(CHANGE)
    await ledger.append({ ...warning(GROUP), personal: [{ ...PEOPLE[0] }] })
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(report.sections.notices[0]?.people?.shown.map((field) => field.value)).toEqual([
      'legal_representative',
      '李秀英',
    ])
    expect(report.sections.penalties[0]?.entry.personalHash).toMatch(/^[0-9a-f]{64}$/)
    expect(report.sections.penalties[0]).not.toHaveProperty('people')
    const json = JSON.stringify(report)
    for (const secret of ['310228197002020022', '周志明', 'contact']) {
      expect(json).not.toContain(secret)
    }
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
  })

  it('shows the fields a policy names for the roles it names, id numbers included', async () => {
    const policy = disclosurePolicy({
      ...nationalDisclosurePolicy,
      id: 'contacts-public',
      people: [
        { roles: ['contact', 'legal_representative'], fields: ['role', 'name', 'idNumber'] },
      ],
    })
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    await ledger.append(CHANGE)
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer, policy })
    const shown = report.sections.notices[0]?.people?.shown ?? []
    expect(shown.map((field) => `${field.index}.${field.field}=${field.value}`)).toEqual([
      '0.role=legal_representative',
      '0.name=李秀英',
      '0.idNumber=310228197002020022',
      '1.role=contact',
      '1.name=周志明',
    ])
    expect(verifyReport(report, { publicKey: signer.publicKey, policy }).success).toBe(true)
  })

  it('reads no personal record under a policy that shows no people', async () => {
    const { ledger } = await recordedGroup()
    const reads: number[] = []
    const source: ReportSource = {
      entries: (org) => ledger.entries(org),
      checkpoint: () => ledger.checkpoint(),
      proveInclusion: (seq, size) => ledger.proveInclusion(seq, size),
      personalRecord: (seq) => {
        reads.push(seq)
        return ledger.personalRecord(seq)
      },
    }
    const { people: _none, ...policy } = nationalDisclosurePolicy
    const report = await publicReport(source, GROUP, {
      asOf: '2021-12-31',
      signer,
      policy: disclosurePolicy({ ...policy, id: 'no-people' }),
    })
    expect(reads).toEqual([])
    expect(report.sections.basic[0]).not.toHaveProperty('people')
    await publicReport(source, GROUP, { asOf: '2021-12-31', signer })
    expect(reads).toEqual([0])
  })

  it('refuses to publish people that no longer open the entry’s commitment', async () => {
    const { ledger, store } = newLedger()
    await ledger.append(registration(GROUP))
    const held = await store.readPersonal(0)
    if (held === undefined) throw new Error('the registration names people')
    const source: ReportSource = {
      entries: (org) => ledger.entries(org),
      checkpoint: () => ledger.checkpoint(),
      proveInclusion: (seq, size) => ledger.proveInclusion(seq, size),
      personalRecord: async () => ({ ...held, people: [{ ...PEOPLE[0], name: '李四' }] }),
    }
    await expect(publicReport(source, GROUP, { asOf: '2021-12-31', signer })).rejects.toMatchObject(
      { code: 'VERIFICATION_FAILED' },
    )
  })

  it('shows nothing of erased people: only the erasure note beside the entry', async () => {
    const { ledger } = await recordedGroup()
    await ledger.erasePersonalData(GROUP, 0, {
      basis: '《个人信息保护法》第四十七条',
      by: '上海市金山区民政局',
      effectiveAt: '2022-03-01',
    })
    const report = await publicReport(ledger, GROUP, { asOf: '2022-12-31', signer })
    expect(report.sections.basic[0]).not.toHaveProperty('people')
    expect(report.sections.basic[0]?.notes).toMatchObject([{ type: 'PersonalDataErased' }])
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
  })
})
