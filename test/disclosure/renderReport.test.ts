import { describe, expect, it } from 'vitest'
import {
  publicReport,
  renderReportHtml,
  renderReportText,
  verifyReport,
} from '../../src/disclosure'
import { GROUP, newLedger, registration, signer } from '../ledger/fixtures'
import { recordedGroup } from './fixtures'

describe('renderReportHtml', () => {
  it('escapes every text from the report, so a disclosure title cannot carry markup', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    await ledger.append({
      org: GROUP,
      type: 'DisclosurePublished',
      effectiveAt: '2020-01-01',
      by: GROUP,
      data: {
        category: 'major_event',
        title: '<script>alert("x")</script>',
        body: '<img src=x onerror="alert(1)"> & \'quoted\'',
        visibility: 'public',
      },
    })
    const report = await publicReport(ledger, GROUP, { asOf: '2020-12-31', signer })
    const html = renderReportHtml(report, {
      lang: 'zh-CN',
      verification: verifyReport(report, { publicKey: signer.publicKey }),
    })
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;')
    expect(html).toContain('&#38; &#39;quoted&#39;')
  })

  it('is one self-contained page: inline style, no script, nothing fetched', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const html = renderReportHtml(report, { lang: 'en' })
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i)
  })

  it('shows the verification result at the top and the failure beside the item that failed', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const key = { publicKey: signer.publicKey }
    expect(
      renderReportHtml(report, { lang: 'zh-CN', verification: verifyReport(report, key) }),
    ).toContain('class="verification verified"><strong><bdi>验证通过')
    const tampered = structuredClone(report)
    ;(tampered.sections.commendations[0]?.entry.data as Record<string, unknown>).honour =
      '全国先进社会组织'
    const html = renderReportHtml(tampered, {
      lang: 'en',
      verification: verifyReport(tampered, key),
    })
    expect(html).toContain('class="verification failed"')
    expect(html).toMatch(
      /<article class="item bad"><h3><bdi>2019-12-18 · Commended[^<]*<\/bdi><\/h3>.*commendations item 0 \(entry 4, Commended\): data\.honour does not match its commitment/s,
    )
  })
})

describe('renderReportText', () => {
  it('prints the sections of the national platform, in Chinese and in English', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const zh = renderReportText(report, { lang: 'zh-CN' })
    for (const heading of [
      '基本信息',
      '年检结果',
      '评估等级',
      '表彰奖励',
      '行政处罚',
      '活动异常名录和严重违法失信名单',
      '年度工作报告和其他信息公开',
    ]) {
      expect(zh).toContain(`## ${heading}`)
    }
    expect(zh).toContain('金山卫镇老年协会 — 社会组织信用信息公示报告')
    expect(zh).toContain('? 未验证。')
    const en = renderReportText(report, { lang: 'en' })
    expect(en).toContain('## Administrative penalties')
    expect(en).toContain('registered funds: 30000')
  })

  it('shows the legal representative among the basic information, and no one else', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const zh = renderReportText(report, { lang: 'zh-CN' })
    const basic = zh.slice(zh.indexOf('## 基本信息'), zh.indexOf('## 成立、变更、注销登记公告'))
    expect(basic).toContain('    法定代表人: 王建国\n')
    const en = renderReportText(report, { lang: 'en' })
    expect(en).toContain('    legal representative: 王建国\n')
    const html = renderReportHtml(report, { lang: 'zh-CN' })
    expect(html).toContain('<tr><th><bdi>法定代表人</bdi></th><td><bdi>王建国</bdi></td></tr>')
    for (const page of [zh, en, html]) {
      expect(page).not.toContain('沈美华')
      expect(page).not.toContain('310228195501010011')
    }
  })

  it('shows the corrected value, points at the original, and marks the objection and its outcome', async () => {
    const { ledger, seq } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const zh = renderReportText(report, { lang: 'zh-CN' })
    expect(zh).toContain(
      `违法事实: 住所变更后未按规定办理变更登记 [原为：法定代表人变更后未按规定办理变更登记，条目 ${seq.correction} 更正]`,
    )
    expect(zh).toContain(
      '2020-08-20 提出的异议已于 2020-09-10 处理：异议成立, 经复核，违法事实表述有误，予以更正',
    )
    const open = await publicReport(ledger, GROUP, { asOf: '2020-08-31', signer })
    expect(renderReportText(open, { lang: 'en' })).toContain('under objection since 2020-08-20')
  })
})
