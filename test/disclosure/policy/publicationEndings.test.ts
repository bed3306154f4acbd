import { describe, expect, it } from 'vitest'
import {
  disclosurePolicy,
  disclosurePolicyHash,
  nationalDisclosureOptions,
  nationalDisclosurePolicy,
  publicationEndings,
  publicReport,
  subjectAccessReport,
  verifyReport,
} from '../../../src/disclosure'
import { GROUP, recordedGroup, signer } from '../fixtures'

const policy = disclosurePolicy({
  ...nationalDisclosurePolicy,
  id: 'cn-with-windows',
  windows: [
    ...nationalDisclosureOptions.creditRepairWindows,
    ...nationalDisclosureOptions.fiveYearLimit,
  ],
})
const by = '上海市金山区民政局'

describe('publicationEndings', () => {
  it('proposes nothing under a policy without windows', async () => {
    const { ledger } = await recordedGroup()
    const entries = await ledger.entries(GROUP)
    expect(publicationEndings(nationalDisclosurePolicy, entries, { at: '2030-01-01', by })).toEqual(
      [],
    )
  })

  it('ends a warning’s publication the day after its one-year window, citing the window and the policy', async () => {
    const { ledger, seq } = await recordedGroup()
    const entries = await ledger.entries(GROUP)
    expect(publicationEndings(policy, entries, { at: '2021-08-10', by })).toEqual([])
    expect(publicationEndings(policy, entries, { at: '2021-08-11', by })).toEqual([
      {
        org: GROUP,
        type: 'PublicationEnded',
        effectiveAt: '2021-08-11',
        by,
        amends: seq.penalty,
        cause: {
          rule: 'rp02-general',
          policy: disclosurePolicyHash(policy),
          inputs: [seq.penalty],
        },
        data: {
          ground: 'window_elapsed',
          rule: 'rp02-general',
          policy: disclosurePolicyHash(policy),
          window: { years: 1 },
          from: '2020-08-10',
        },
      },
    ])
  })

  it('ends publication by an appended entry: reports from that day leave the entry and what amends it out, the ledger keeps all', async () => {
    const { ledger, seq } = await recordedGroup()
    await ledger.append(
      publicationEndings(policy, await ledger.entries(GROUP), { at: '2021-09-01', by }),
    )
    const still = await publicReport(ledger, GROUP, { asOf: '2021-08-10', signer, policy })
    const gone = await publicReport(ledger, GROUP, { asOf: '2021-08-11', signer, policy })
    expect(still.sections.penalties.map((item) => item.entry.seq)).toEqual([seq.penalty])
    expect(gone.sections.penalties).toEqual([])
    const record = gone.sections.record.map((item) => item.entry.seq)
    expect(record).not.toContain(seq.objection)
    expect(record).not.toContain(seq.correction)
    expect(gone.sections.record.map((item) => item.entry.type)).not.toContain('PublicationEnded')
    expect(verifyReport(gone, { publicKey: signer.publicKey, policy }).success).toBe(true)
    expect((await ledger.entries(GROUP)).map((entry) => entry.seq)).toContain(seq.penalty)
    const access = await subjectAccessReport(ledger, GROUP, { policy })
    expect(access.entries.find((entry) => entry.seq === seq.penalty)?.publication.periods).toEqual([
      { from: '2020-08-10', to: '2021-08-10' },
    ])
    expect(
      publicationEndings(policy, await ledger.entries(GROUP), { at: '2030-01-01', by }),
    ).toEqual([
      expect.objectContaining({
        amends: seq.listing,
        data: expect.objectContaining({ rule: 'five-year-lists' }),
      }),
    ])
  })

  it('counts a list’s five years from its removal', async () => {
    const { ledger, seq } = await recordedGroup()
    const entries = await ledger.entries(GROUP)
    const listing = (at: string) =>
      publicationEndings(policy, entries, { at, by }).filter((p) => p.amends === seq.listing)
    expect(listing('2025-09-21')).toEqual([])
    expect(listing('2025-09-22')).toMatchObject([
      { effectiveAt: '2025-09-22', data: { from: '2020-09-21' } },
    ])
  })

  it('gives a serious penalty three years, and the first window to run out wins', async () => {
    const { ledger } = await recordedGroup()
    const { entries } = await ledger.append({
      org: GROUP,
      type: 'PenaltyImposed',
      effectiveAt: '2021-02-01',
      by,
      ref: '金民罚字〔2021〕9号',
      data: {
        sanctions: [{ kind: 'fine', amount: 60000 }],
        ground: 'illegal_fees_or_donations',
        violated: { instrument: '《社会团体登记管理条例》', article: '第三十条' },
        facts: '违规收取会员评比费用',
        department: by,
        decidedOn: '2021-01-28',
      },
    })
    const fine = entries[0]?.seq
    const ending = publicationEndings(policy, await ledger.entries(GROUP), {
      at: '2026-12-31',
      by,
    }).find((p) => p.amends === fine)
    expect(ending).toMatchObject({
      effectiveAt: '2024-01-29',
      data: { rule: 'rp02-serious', window: { years: 3 } },
    })
  })

  it('lets a retracted ending put the entry back', async () => {
    const { ledger, seq } = await recordedGroup()
    const { entries } = await ledger.append(
      publicationEndings(policy, await ledger.entries(GROUP), { at: '2021-09-01', by }),
    )
    await ledger.append({
      org: GROUP,
      type: 'EntryRetracted',
      effectiveAt: '2021-09-05',
      by,
      amends: entries[0]?.seq as number,
      data: { ground: 'error', reason: '公示期计算错误' },
    })
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer, policy })
    expect(report.sections.penalties.map((item) => item.entry.seq)).toEqual([seq.penalty])
  })
})
