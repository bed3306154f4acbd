import { describe, expect, it } from 'vitest'
import {
  type PublicReport,
  publicReport,
  renderReportHtml,
  renderReportText,
  reportSections,
  verifyReport,
} from '../../../src/disclosure'
import { GROUP, newLedger, registration, signer } from '../../ledger/fixtures'
import { recordedGroup } from '../fixtures'
import { closedGroup, type Ending } from '../reportPageFixtures'

const DETAILS = '<details class="verification-details">'

async function reportOf(ending: Ending): Promise<PublicReport> {
  const { ledger } = await closedGroup(ending)
  return publicReport(ledger, GROUP, { asOf: '2024-06-30', signer })
}

// What a citizen reads: the page before the verification details, without its markup.
function citizenText(html: string): string {
  const body = html.slice(html.indexOf('<body>'), html.indexOf(DETAILS))
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
}

// The value beside a label in the standing or the basic information.
function shownValue(html: string, label: string): string | undefined {
  const at = new RegExp(
    `<(?:dt|th scope="row")>${label}</(?:dt|th)><(?:dd|td)[^>]*><bdi>([^<]*)</bdi>`,
  )
  return at.exec(html)?.[1]
}

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

  it('is one self-contained page without a verifier script: inline style, no script, nothing fetched', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const html = renderReportHtml(report, { lang: 'en' })
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i)
  })

  it.each([
    ['active', '存续'],
    ['deregistered', '已注销（2024年3月1日）'],
    ['revoked', '已撤销（2024年3月1日）'],
    ['certificate_revoked', '已吊销登记证书（2024年3月1日）'],
    ['banned', '已取缔（2024年3月1日）'],
  ] as const)('says first how a %s organization stands: %s', async (ending, words) => {
    const html = renderReportHtml(await reportOf(ending), { lang: 'zh-CN' })
    expect(shownValue(html, '登记状态')).toBe(words)
    expect(shownValue(html, '活动异常名录')).toBe('未列入')
    expect(shownValue(html, '严重违法失信名单')).toBe('已列入（自 2023年9月1日起）')
    expect(shownValue(html, '评估等级')).toBe('3A（有效期至 2027年12月19日）')
    expect(html.indexOf('登记状态')).toBeLessThan(html.indexOf('id="block-basic"'))
    expect(html.indexOf('id="verification"')).toBeLessThan(html.indexOf('id="block-basic"'))
  })

  it('says 存续 again once the penalty that revoked the registration is itself revoked', async () => {
    const { ledger } = await closedGroup('active')
    const district = '上海市金山区民政局'
    const { entries } = await ledger.append({
      org: GROUP,
      type: 'PenaltyImposed',
      effectiveAt: '2024-01-10',
      by: district,
      ref: '金民罚字〔2024〕1号',
      data: {
        sanctions: [{ kind: 'registration_revoked' }],
        ground: 'profit_making',
        violated: { instrument: '《社会团体登记管理条例》', article: '第三十条' },
        facts: '从事营利性经营活动',
        department: district,
        decidedOn: '2024-01-10',
      },
    })
    const revoked = await publicReport(ledger, GROUP, { asOf: '2024-03-31', signer })
    expect(shownValue(renderReportHtml(revoked, { lang: 'zh-CN' }), '登记状态')).toBe(
      '已撤销（2024年1月10日）',
    )
    await ledger.append({
      org: GROUP,
      type: 'PenaltyRevoked',
      effectiveAt: '2024-04-20',
      by: district,
      amends: entries[0]?.seq as number,
      data: { reason: 'reconsideration', department: '上海市民政局' },
    })
    const reopened = await publicReport(ledger, GROUP, { asOf: '2024-06-30', signer })
    expect(shownValue(renderReportHtml(reopened, { lang: 'zh-CN' }), '登记状态')).toBe('存续')
  })

  it('says an organization is on a list until its removal, and that a grade has run out', async () => {
    const { ledger } = await closedGroup('active')
    const listed = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const html = renderReportHtml(listed, { lang: 'zh-CN' })
    expect(shownValue(html, '活动异常名录')).toBe('已列入（自 2021年6月1日起）')
    expect(shownValue(html, '严重违法失信名单')).toBe('未列入')
    expect(shownValue(html, '评估等级')).toBe('无有效评估等级')
    const later = await publicReport(ledger, GROUP, { asOf: '2028-01-01', signer })
    expect(shownValue(renderReportHtml(later, { lang: 'en' }), 'Evaluation grade')).toBe(
      'No valid grade',
    )
  })

  it('lists the basic information in the platform’s order, as the change registrations left it', async () => {
    const html = renderReportHtml(await reportOf('deregistered'), { lang: 'zh-CN' })
    const basic = html.slice(html.indexOf('id="block-basic"'), html.indexOf('id="block-notices"'))
    const labels = [...basic.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((match) => match[1])
    expect(labels.slice(0, 10)).toEqual([
      '名称',
      '统一社会信用代码',
      '社会组织类型',
      '登记管理机关',
      '业务主管单位',
      '成立登记日期',
      '住所',
      '注册资金',
      '法定代表人',
      '业务范围',
    ])
    expect(shownValue(basic, '住所')).toBe('上海市金山区金山卫镇卫清西路88号')
    expect(shownValue(basic, '法定代表人')).toBe('李秀英')
    expect(shownValue(basic, '注册资金')).toBe('3万元')
    expect(shownValue(basic, '成立登记日期')).toBe('2016年3月1日')
  })

  it('shows each stay on a list on one line, from its listing to its removal', async () => {
    const html = renderReportHtml(await reportOf('active'), { lang: 'zh-CN' })
    const lists = html.slice(
      html.indexOf('id="block-lists"'),
      html.indexOf('id="block-disclosures"'),
    )
    const rows = lists.match(/<tr data-seq[\s\S]*?<\/tr>/g) ?? []
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(
      /活动异常名录.*2021年6月1日.*受到警告或者不满五万元罚款处罚.*2022年6月1日.*期满移出/,
    )
    expect(rows[1]).toMatch(/严重违法失信名单.*2023年9月1日/)
  })

  it('keeps seq numbers, hashes, the policy hash and rule codes in the verification details', async () => {
    const { ledger, seq } = await closedGroup('deregistered')
    const report = await publicReport(ledger, GROUP, { asOf: '2024-06-30', signer })
    const html = renderReportHtml(report, {
      lang: 'zh-CN',
      verification: verifyReport(report, { publicKey: signer.publicKey }),
    })
    const seen = citizenText(html)
    const details = html.slice(html.indexOf(DETAILS))
    const items = reportSections.flatMap((section) => report.sections[section])
    for (const id of [
      report.policy.hash,
      report.policy.hash.slice(0, 16),
      ...items.map((item) => item.proof.leafHash.slice(0, 16)),
      'rule:AB-05',
      'AB-05',
    ]) {
      expect(seen).not.toContain(id)
      expect(details).toContain(id)
    }
    for (const word of ['条目', '记录方', '序号', '哈希']) expect(seen).not.toContain(word)
    expect(details).toContain(`<td class="nowrap"><bdi>${seq.listing}</bdi></td>`)
    expect(details).toContain(`依据条目：${seq.penalty}`)
    expect(html.indexOf(DETAILS)).toBeGreaterThan(html.indexOf('id="block-record"'))
  })

  it('writes Chinese dates and punctuation on the Chinese page', async () => {
    const report = await reportOf('deregistered')
    const seen = citizenText(
      renderReportHtml(report, {
        lang: 'zh-CN',
        verification: verifyReport(report, { publicKey: signer.publicKey }),
      }),
    )
    expect(seen).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(seen).not.toMatch(/[:;()]/)
    for (const words of [
      '公示日期：',
      '2024年6月30日',
      '警告、罚款5,000元',
      '住所由上海市金山区金山卫镇卫通路1号变更为上海市金山区金山卫镇卫清西路88号；法定代表人变更为李秀英',
      '原因：自行解散；清算完成日期：2024年2月20日',
      '核验通过：',
    ]) {
      expect(seen).toContain(words)
    }
  })

  it('gives every row the seq and section of its item, and the removal cells of a stay the removal’s', async () => {
    const { ledger, seq } = await closedGroup('deregistered')
    const report = await publicReport(ledger, GROUP, { asOf: '2024-06-30', signer })
    const html = renderReportHtml(report, { lang: 'en' })
    for (const section of reportSections) {
      for (const item of report.sections[section]) {
        expect(html).toContain(`data-seq="${item.entry.seq}" data-section="${section}"`)
      }
    }
    const rows = html.slice(0, html.indexOf(DETAILS)).match(/<tr[ >][^>]*>/g) ?? []
    const body = rows.filter((row) => !row.startsWith('<tr>'))
    expect(body.length).toBeGreaterThan(0)
    for (const row of body) expect(row).toMatch(/^<tr data-seq="\d+" data-section="[a-z]+"/)
    expect(html).toMatch(
      new RegExp(
        `<td class="nowrap" data-label="Removed on" data-seq="${seq.removal}" data-section="lists">`,
      ),
    )
  })
})

describe('renderReportText', () => {
  it('prints the standing first, then the tables of the national platform, in Chinese and in English', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const zh = renderReportText(report, { lang: 'zh-CN' })
    const headings = zh.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## 信用状态',
      '## 基本信息',
      '## 变更、注销登记',
      '## 年检结果',
      '## 年度工作报告',
      '## 评估等级',
      '## 公益性捐赠税前扣除资格',
      '## 表彰奖励',
      '## 承接政府购买服务',
      '## 行政处罚',
      '## 活动异常名录和严重违法失信名单',
      '## 其他信息公开',
      '## 异议、更正和个人信息删除',
      '## 核验详情',
    ])
    expect(zh).toContain('金山卫镇老年协会 — 社会组织信用信息公示报告')
    expect(zh).toContain('登记状态：存续\n')
    expect(zh).toContain('评估等级：4A（有效期至 2023年11月19日）\n')
    expect(zh).toContain('? 未核验：本页未附核验结果。')
    const en = renderReportText(report, { lang: 'en' })
    expect(en).toContain('## Administrative penalties')
    expect(en).toContain('Registered funds: ¥30,000')
  })

  it('shows the legal representative among the basic information, and no one else', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const zh = renderReportText(report, { lang: 'zh-CN' })
    const basic = zh.slice(zh.indexOf('## 基本信息'), zh.indexOf('## 变更、注销登记'))
    expect(basic).toContain('\n法定代表人：王建国\n')
    expect(renderReportText(report, { lang: 'en' })).toContain('\nLegal representative: 王建国\n')
    const html = renderReportHtml(report, { lang: 'zh-CN' })
    expect(html).toContain(
      '<tr data-seq="0" data-section="basic"><th scope="row">法定代表人</th><td><bdi>王建国</bdi></td></tr>',
    )
    for (const page of [zh, html, renderReportText(report, { lang: 'en' })]) {
      expect(page).not.toContain('沈美华')
      expect(page).not.toContain('310228195501010011')
    }
  })

  it('shows the corrected value with the original and the day it was corrected, and the objection’s outcome', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const zh = renderReportText(report, { lang: 'zh-CN' })
    expect(zh).toContain(
      '违法事实：住所变更后未按规定办理变更登记（原为：法定代表人变更后未按规定办理变更登记，2020年9月15日更正）',
    )
    expect(zh).toContain(
      '2020年8月20日提出的异议已于 2020年9月10日处理：异议成立，经复核，违法事实表述有误，予以更正',
    )
    expect(zh).toContain('涉及事项：2020年8月10日行政处罚（金民罚字〔2020〕3号）')
    const open = await publicReport(ledger, GROUP, { asOf: '2020-08-31', signer })
    expect(renderReportText(open, { lang: 'en' })).toContain('under objection since 2020-08-20')
    expect(renderReportText(open, { lang: 'zh-CN' })).toContain('异议中（自 2020年8月20日起）')
  })

  it('keeps seq numbers and hashes in the verification details at the end', async () => {
    const report = await reportOf('deregistered')
    const text = renderReportText(report, { lang: 'zh-CN' })
    const [citizen = '', details = ''] = text.split('## 核验详情')
    for (const item of reportSections.flatMap((section) => report.sections[section])) {
      expect(citizen).not.toContain(item.proof.leafHash)
      expect(details).toContain(item.proof.leafHash)
    }
    expect(citizen).not.toContain('AB-05')
    expect(citizen).not.toContain(report.policy.hash)
    expect(details).toContain('规则：AB-05')
  })
})
