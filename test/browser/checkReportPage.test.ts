import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkReportPage } from '../../src/browser/checkReportPage'
import { type PublicReport, publicReport } from '../../src/disclosure'
import { ed25519Signer, verifierKey } from '../../src/proof'
import { GROUP, recordedGroup, signer } from '../disclosure/fixtures'

const { ledger } = await recordedGroup()
const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
const publicKey = verifierKey(signer)
const json = JSON.stringify(report)

// The report as JSON with `change` applied to a copy of it.
function changed(change: (copy: { -readonly [K in keyof PublicReport]: PublicReport[K] }) => void) {
  const copy = JSON.parse(json)
  change(copy)
  return JSON.stringify(copy)
}

describe('checkReportPage', () => {
  it("says the report verified, with the size of the checkpoint's log, in the page's language", () => {
    expect(checkReportPage({ reportJson: json, publicKey, lang: 'zh-CN' })).toEqual({
      state: 'verified',
      message: '已核验：本报告与签名检查点一致（日志 15 个条目）',
      problems: [],
      tampered: [],
    })
    expect(checkReportPage({ reportJson: json, publicKey, lang: 'en' }).message).toBe(
      'Verified against the signed checkpoint (15 entries)',
    )
    expect(checkReportPage({ reportJson: json, publicKey, lang: '' }).message).toMatch(/^Verified/)
  })

  it('names a changed item by its place in its section, the section and its day, and gives its seq', () => {
    const reportJson = changed((copy) => {
      const entry = copy.sections.lists[1]?.entry as { data: Record<string, unknown> }
      entry.data = { ...entry.data, reason: 'rectified' }
    })
    const zh = checkReportPage({ reportJson, publicKey, lang: 'zh-CN' })
    expect(zh).toEqual({
      state: 'failed',
      message:
        '核验失败：第 2 条记录（活动异常名录和严重违法失信名单，2020年9月21日）被改动，无法核验（共 2 处问题）',
      problems: [
        '第 2 条记录（活动异常名录和严重违法失信名单，2020年9月21日）被改动，无法核验',
        '报告内容与签名声明不一致，签名后被改动过',
      ],
      tampered: [10],
    })
    expect(checkReportPage({ reportJson, publicKey, lang: 'en' }).problems[0]).toBe(
      'item 2 (Abnormal-activities and serious lists, 2020-09-21) was changed and cannot be verified',
    )
  })

  it('says when the report as a whole was changed, or the key is not the log’s', () => {
    const renamed = changed((copy) => {
      copy.policy = { ...copy.policy, id: 'cn-lenient' }
    })
    expect(checkReportPage({ reportJson: renamed, publicKey, lang: 'zh-CN' })).toMatchObject({
      state: 'failed',
      problems: ['报告内容与签名声明不一致，签名后被改动过'],
      tampered: [],
    })
    const other = verifierKey(ed25519Signer('ledger.test/jinshan', new Uint8Array(32).fill(3)))
    expect(checkReportPage({ reportJson: json, publicKey: other, lang: 'en' })).toMatchObject({
      state: 'failed',
      message:
        "Verification failed: the signed checkpoint does not verify with this page's log key",
    })
  })

  it('fails with a plain sentence when the page lacks the report or the key', () => {
    const failure = (reportJson: string | null, key: string | null) =>
      checkReportPage({ reportJson, publicKey: key, lang: 'zh-CN' }).problems
    expect(failure(null, publicKey)).toEqual(['页面中没有报告数据'])
    expect(failure('  ', publicKey)).toEqual(['页面中没有报告数据'])
    expect(failure('{"format":', publicKey)).toEqual(['报告数据不是有效的 JSON'])
    expect(failure(json, null)).toEqual(['页面中没有日志公钥'])
    expect(failure('[]', publicKey)).toEqual(['报告数据格式有误，无法核验'])
  })

  it('never throws, and fails for anything but the report and its key', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (reportJson, key, lang) => {
        const page = { reportJson, publicKey: key, lang } as never
        expect(checkReportPage(page).state).toBe('failed')
      }),
    )
    expect(checkReportPage(null as never).state).toBe('failed')
  })
})
