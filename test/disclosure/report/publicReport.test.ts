import { describe, expect, it } from 'vitest'
import {
  nationalDisclosurePolicy,
  type PublicReport,
  publicReport,
  type ReportItem,
  reportSections,
  verifyReport,
} from '../../../src/disclosure'
import { parseCheckpoint, toHex } from '../../../src/proof'
import { GROUP, leaves, recordedGroup, SECRET_NUMBERS, SECRETS, signer } from '../fixtures'

function items(report: PublicReport): ReportItem[] {
  return reportSections.flatMap((section) => report.sections[section])
}

function item(report: PublicReport, seq: number): ReportItem | undefined {
  return items(report).find((candidate) => candidate.entry.seq === seq)
}

describe('publicReport', () => {
  it('shows no people from a source that cannot read personal records, and still verifies', async () => {
    const { ledger } = await recordedGroup()
    const { personalRecord: _, ...source } = ledger
    const report = await publicReport(source, GROUP, { asOf: '2021-12-31', signer })
    expect(report.sections.basic[0]?.people).toBeUndefined()
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
    const full = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(full.sections.basic[0]?.people).toBeDefined()
  })

  it('shows each public entry in its platform section, proved against the report’s checkpoint', async () => {
    const { ledger, seq } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const size = parseCheckpoint(report.checkpoint)
    expect(size.success && size.data.size).toBe((await ledger.head()).size)
    expect(report.sections.basic.map((i) => i.entry.type)).toEqual(['OrganizationRegistered'])
    expect(report.sections.inspections.map((i) => i.entry.seq)).toEqual([seq.inspection])
    expect(report.sections.grade.map((i) => i.entry.seq)).toEqual([seq.grade])
    expect(report.sections.commendations.map((i) => i.entry.seq)).toEqual([seq.commendation])
    expect(report.sections.penalties.map((i) => i.entry.seq)).toEqual([seq.penalty])
    expect(report.sections.lists.map((i) => i.entry.seq)).toEqual([seq.listing, seq.removal])
    expect(report.sections.disclosures.map((i) => i.entry.seq)).toEqual([
      seq.report,
      seq.publicDisclosure,
    ])
    for (const shown of items(report)) {
      expect(shown.proof).toMatchObject({ seq: shown.entry.seq, size: (await ledger.head()).size })
    }
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
  })

  it('leaves out internal disclosures, activities and rectification orders under the national policy', async () => {
    const { ledger, seq } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    for (const hidden of [seq.internalDisclosure, seq.activity, seq.rectification]) {
      expect(item(report, hidden as number)).toBeUndefined()
    }
  })

  it('withholds non-public fields behind their commitments and never carries a secret salt or a non-public person field', async () => {
    const { ledger, seq } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const annual = item(report, seq.report as number)
    expect(annual?.entry.data).toEqual({ year: 2016, filedWith: 'registrar' })
    expect(annual?.entry.commitments?.data).toHaveProperty('financials')
    const json = JSON.stringify(report)
    for (const secret of SECRETS) expect(json).not.toContain(secret)
    const values = leaves(report)
    for (const secret of SECRET_NUMBERS) expect(values).not.toContain(secret)
    for (const entry of await ledger.entries(GROUP)) {
      expect(json).not.toContain(entry.salt as string)
      const record = await ledger.personalRecord(entry.seq)
      if (record !== undefined) expect(json).not.toContain(toHex(record.salt))
    }
    // The only salts a report carries are the field salts of the people fields it shows.
    const { people: _people, ...registration } = report.sections.basic[0] as ReportItem
    const rest = { ...report, sections: { ...report.sections, basic: [registration] } }
    expect(JSON.stringify(rest)).not.toContain('"salt"')
  })

  it('shows the record as it stood on asOf, with corrections and erasures recorded since', async () => {
    const { ledger, seq } = await recordedGroup()
    await ledger.erasePersonalData(GROUP, 0, {
      basis: '《个人信息保护法》第四十七条',
      by: '上海市金山区民政局',
      effectiveAt: '2022-01-10',
    })
    const report = await publicReport(ledger, GROUP, { asOf: '2020-08-31', signer })
    expect(item(report, seq.commendation as number)).toBeDefined()
    expect(item(report, seq.removal as number)).toBeUndefined()
    expect(item(report, seq.resolution as number)).toBeUndefined()
    expect(item(report, seq.correction as number)).toBeDefined()
    expect(item(report, 0)?.notes.map((note) => note.type)).toEqual(['PersonalDataErased'])
    expect(item(report, seq.penalty as number)?.notes.map((note) => note.type)).toEqual([
      'ObjectionFiled',
      'EntryCorrected',
    ])
    const before = await publicReport(ledger, GROUP, { asOf: '2017-01-01', signer })
    expect(items(before).map((i) => i.entry.type)).toEqual([
      'OrganizationRegistered',
      'PersonalDataErased',
    ])
  })

  it('marks the disputed entry with its objection, and the objection with its resolution', async () => {
    const { ledger, seq } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(item(report, seq.penalty as number)?.notes).toEqual([
      { seq: seq.objection, type: 'ObjectionFiled', on: '2020-08-20' },
      { seq: seq.correction, type: 'EntryCorrected', on: '2020-09-15' },
    ])
    const objection = item(report, seq.objection as number)
    expect(objection?.entry.data).toEqual({ disputes: [seq.penalty] })
    expect(objection?.notes).toEqual([
      { seq: seq.resolution, type: 'ObjectionResolved', on: '2020-09-10' },
    ])
  })

  it('leaves out a retracted entry, the retraction and what amends the retracted entry', async () => {
    const { ledger, seq } = await recordedGroup()
    await ledger.append({
      org: GROUP,
      type: 'EntryRetracted',
      effectiveAt: '2021-05-01',
      by: '上海市金山区民政局',
      amends: seq.listing as number,
      data: { ground: 'error', reason: '误列入' },
    })
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(report.sections.lists).toEqual([])
    expect(report.sections.record.map((i) => i.entry.type)).not.toContain('EntryRetracted')
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
  })

  it('proves against a checkpoint it is given, leaving out what came after it', async () => {
    const { ledger, seq } = await recordedGroup()
    const early = await ledger.checkpoint()
    await ledger.append({
      org: GROUP,
      type: 'Commended',
      effectiveAt: '2021-06-01',
      by: '上海市民政局',
      data: { honour: '五星级社会组织', level: 'provincial', awardedBy: '上海市民政局' },
    })
    const report = await publicReport(ledger, GROUP, {
      asOf: '2021-12-31',
      signer,
      checkpoint: early,
    })
    expect(report.sections.commendations.map((i) => i.entry.seq)).toEqual([seq.commendation])
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
  })

  it('needs the log’s signer and a real date', async () => {
    const { ledger } = await recordedGroup()
    await expect(publicReport(ledger, GROUP, { asOf: '2021-12-31' })).rejects.toMatchObject({
      code: 'NO_SIGNER',
    })
    await expect(publicReport(ledger, GROUP, { asOf: '2021-13-01', signer })).rejects.toMatchObject(
      {
        code: 'INVALID_INPUT',
      },
    )
  })

  it('cites the policy it applied', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(report.policy).toMatchObject({
      id: nationalDisclosurePolicy.id,
      version: nationalDisclosurePolicy.version,
    })
    expect(report.policy.hash).toMatch(/^[0-9a-f]{64}$/)
  })
})
