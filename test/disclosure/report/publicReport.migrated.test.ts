import { beforeAll, describe, expect, it } from 'vitest'
import {
  type PublicReport,
  publicReport,
  renderReportHtml,
  renderReportText,
  verifyReport,
} from '../../../src/disclosure'
import type { EntryInput } from '../../../src/ledger/entryInput'
import { annualReport, GROUP, newLedger, registration, signer } from '../../ledger/fixtures'

const SOURCE = '上海市社会组织业务管理系统'
const key = { publicKey: signer.publicKey }

// A group whose registration and first report came over from another system; the next
// report was filed with this ledger.
async function migratedGroup(): Promise<PublicReport> {
  const { ledger } = newLedger()
  await ledger.append(
    [
      { ...registration(GROUP), migrated: { recordedAt: '2016-03-02', source: SOURCE } },
      { ...annualReport(GROUP, 2016), migrated: { recordedAt: '2017-05-22T10:00:00+08:00' } },
    ] as EntryInput[],
    { migration: true },
  )
  await ledger.append(annualReport(GROUP, 2017))
  return publicReport(ledger, GROUP, { asOf: '2018-12-31', signer })
}

const items = (report: PublicReport) => [...report.sections.basic, ...report.sections.disclosures]

describe('publicReport and migrated entries', () => {
  let report: PublicReport
  beforeAll(async () => {
    report = await migratedGroup()
  })

  it('shows where a migrated entry was first recorded, in the clear, and still verifies', () => {
    expect(items(report).map((item) => item.entry.migrated)).toEqual([
      { recordedAt: '2016-03-02', source: SOURCE },
      { recordedAt: '2017-05-22T10:00:00+08:00' },
      undefined,
    ])
    expect(verifyReport(report, key)).toMatchObject({ success: true, data: { items: 3 } })
    expect(verifyReport(JSON.parse(JSON.stringify(report)), key).success).toBe(true)
  })

  it('fails verification when a migrated recording is changed, added or taken away', () => {
    const edits: ((copy: PublicReport) => void)[] = [
      (copy) => Object.assign(itemEntry(copy, 0).migrated ?? {}, { recordedAt: '2016-03-01' }),
      (copy) => Object.assign(itemEntry(copy, 0).migrated ?? {}, { source: '另一系统' }),
      (copy) => delete (itemEntry(copy, 0) as { migrated?: unknown }).migrated,
      (copy) => Object.assign(itemEntry(copy, 2), { migrated: { recordedAt: '2018-05-20' } }),
    ]
    for (const edit of edits) {
      const copy = structuredClone(report)
      edit(copy)
      const checked = verifyReport(copy, key)
      expect(checked.success).toBe(false)
      expect(checked.success ? [] : checked.issues.map((issue) => issue.code)).toContain(
        'entry_changed',
      )
    }
  })

  it('refuses a report whose migrated is not a recording date with an optional source', () => {
    const copy = structuredClone(report)
    Object.assign(itemEntry(copy, 0), { migrated: { recordedAt: 'yesterday', by: 'clerk' } })
    const checked = verifyReport(copy, key)
    expect(checked.success).toBe(false)
    expect(() => renderReportText(copy, { lang: 'en' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})

describe('renderReportText and renderReportHtml beside a migrated item', () => {
  let report: PublicReport
  beforeAll(async () => {
    report = await migratedGroup()
  })

  it('says in Chinese which system first recorded it and on which day', () => {
    const text = renderReportText(report, { lang: 'zh-CN' })
    expect(text).toContain(`迁移记录：原系统「${SOURCE}」于 2016年3月2日登记`)
    expect(text).toContain('迁移记录：原系统于 2017年5月22日登记')
    expect(text.match(/迁移记录/g)).toHaveLength(2)
  })

  it('says it in English too', () => {
    const text = renderReportText(report, { lang: 'en' })
    expect(text).toContain(`Migrated: recorded by ${SOURCE} on 2016-03-02`)
    expect(text).toContain('Migrated: recorded by another system on 2017-05-22')
    expect(text.match(/Migrated:/g)).toHaveLength(2)
  })

  it('prints the line with the item it belongs to: the registration under the basic information, a report under its row', () => {
    const lines = renderReportText(report, { lang: 'en' }).split('\n')
    const registration = lines.findIndex((line) => line.includes(`Migrated: recorded by ${SOURCE}`))
    expect(lines[registration]).toMatch(/\(Organization registered\)$/)
    const basic = lines.indexOf('## Basic information')
    expect(lines.slice(basic + 1, registration).some((line) => line.startsWith('## '))).toBe(false)
    const report2016 = lines.findIndex((line) => line.includes('Migrated: recorded by another'))
    expect(lines[report2016 - 1]).toMatch(/^· Year: 2016; /)
  })

  it('puts it in the item of the HTML page, escaped and isolated', async () => {
    const { ledger } = newLedger()
    const source = '<b>旧系统</b>'
    await ledger.append(
      { ...registration(GROUP), migrated: { recordedAt: '2016-03-02', source } } as EntryInput,
      { migration: true },
    )
    const html = renderReportHtml(
      await publicReport(ledger, GROUP, { asOf: '2018-12-31', signer }),
      { lang: 'zh-CN' },
    )
    const basic = html.slice(html.indexOf('id="block-basic"'), html.indexOf('id="block-notices"'))
    expect(basic).toContain(
      '<li><bdi>迁移记录：原系统「&#60;b&#62;旧系统&#60;/b&#62;」于 2016年3月2日登记（成立登记）</bdi></li>',
    )
    expect(html).not.toContain('<b>')
  })
})

function itemEntry(
  report: PublicReport,
  index: number,
): PublicReport['sections']['basic'][number]['entry'] {
  return (items(report)[index] as PublicReport['sections']['basic'][number]).entry
}
