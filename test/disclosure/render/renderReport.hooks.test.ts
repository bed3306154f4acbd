import { beforeAll, describe, expect, it } from 'vitest'
import {
  type PublicReport,
  publicReport,
  renderReportHtml,
  verifyReport,
} from '../../../src/disclosure'
import { isLedgerError, type PlainIssueCode } from '../../../src/errors'
import { verifierKey } from '../../../src/proof'
import { GROUP, signer } from '../../ledger/fixtures'
import { closedGroup } from '../reportPageFixtures'

const publicKey = verifierKey(signer)

function verificationSection(html: string): string {
  const start = html.indexOf('<section id="verification"')
  return html.slice(start, html.indexOf('</section>', start))
}

describe('renderReportHtml and a verifier in the browser', () => {
  let report: PublicReport
  beforeAll(async () => {
    const { ledger } = await closedGroup('deregistered')
    report = await publicReport(ledger, GROUP, { asOf: '2024-06-30', signer })
  })

  it('has one verification section, unverified when given no result and no script', () => {
    const html = renderReportHtml(report, { lang: 'zh-CN' })
    expect(html.match(/id="verification"/g)).toHaveLength(1)
    expect(verificationSection(html)).toContain('data-state="unverified"')
    expect(verificationSection(html)).toContain(
      '<p class="verification-message"><bdi>未核验：本页未附核验结果。</bdi></p>',
    )
    expect(html).not.toContain('<ul class="verification-problems">')
  })

  it('says verified when the server’s check passed', () => {
    const html = renderReportHtml(report, {
      lang: 'en',
      verification: verifyReport(report, { publicKey }),
    })
    expect(verificationSection(html)).toContain('data-state="verified"')
    expect(verificationSection(html)).toContain(
      'Verified: all 8 records of this report match the ledger signed by ledger.test/jinshan, unchanged.',
    )
  })

  it('lists the problems in Chinese on the Chinese page, naming the item by day and title, and marks its row', () => {
    const tampered = structuredClone(report)
    const penalty = tampered.sections.penalties[0]
    ;(penalty?.entry.data as Record<string, unknown>).facts = '无违法事实'
    const verification = verifyReport(tampered, { publicKey })
    expect(verification.success).toBe(false)
    const html = renderReportHtml(tampered, { lang: 'zh-CN', verification })
    const section = verificationSection(html)
    expect(section).toContain('data-state="failed"')
    expect(section).toContain('核验未通过：发现 2 处问题，本报告的内容不可信。')
    expect(section).toContain(
      '<li><bdi>2021年5月10日行政处罚（金民罚字〔2021〕5号）：「违法事实」与签名时不符，可能已被改动。</bdi></li>',
    )
    expect(section).toContain('<li><bdi>本报告在签名后被改动过。</bdi></li>')
    const problems = section.slice(section.indexOf('<ul class="verification-problems">'))
    expect(problems.replace(/<[^>]+>/g, '')).not.toMatch(/[A-Za-z]{3,}/)
    expect(html).toMatch(
      new RegExp(
        `<tr data-seq="${penalty?.entry.seq}" data-section="penalties" class="failed">.*核验未通过：「违法事实」与签名时不符`,
      ),
    )
    // The verifier's own messages, which name the entry by seq, stay in the details.
    expect(html).toContain('field_changed @ sections.penalties.0.entry.data.facts')
    expect(html.indexOf('field_changed')).toBeGreaterThan(html.indexOf('<details'))
  })

  it('says in a Chinese sentence what is wrong with an issue code it does not know', () => {
    const html = renderReportHtml(report, {
      lang: 'zh-CN',
      verification: {
        success: false,
        // Codes a later version of the library may add, which this one has never heard of.
        issues: [
          {
            code: 'something_new' as PlainIssueCode,
            path: ['sections', 'grade', 0, 'entry'],
            message: 'broken',
          },
          { code: 'something_else' as PlainIssueCode, path: ['checkpoint'], message: 'broken too' },
        ],
      },
    })
    const section = verificationSection(html)
    expect(section).toContain('<li><bdi>2022年12月20日评估等级：未通过核验。</bdi></li>')
    expect(section).toContain('<li><bdi>本报告的检查点签名无法用所给公钥核验。</bdi></li>')
    expect(section).not.toContain('broken')
  })

  it('embeds the report, the key and the script, and starts pending, when given a verifier script', () => {
    const html = renderReportHtml(report, {
      lang: 'zh-CN',
      verifierScript: '/assets/verify-report.js?v=1&lang=zh',
      publicKey,
    })
    const section = verificationSection(html)
    expect(section).toContain('data-state="pending"')
    expect(section).toContain('<p class="verification-message"><bdi>正在核验…</bdi></p>')
    expect(html).toContain(`<meta name="integrity-ledger-public-key" content="${publicKey}">`)
    expect(html).toContain(
      '<script type="module" src="/assets/verify-report.js?v=1&#38;lang=zh"></script>',
    )
    const json = /<script type="application\/json" id="report-json">([^<]*)<\/script>/.exec(html)
    expect(JSON.parse(json?.[1] ?? 'null')).toEqual(report)
    expect(verifyReport(JSON.parse(json?.[1] ?? 'null'), { publicKey }).success).toBe(true)
  })

  it('refuses a bad option with a coded error naming it, never a bare TypeError', () => {
    const verification = verifyReport(report, { publicKey })
    const bad: [Record<string, unknown>, string][] = [
      [{ lang: 'fr' }, 'options.lang'],
      [
        { lang: 'zh-CN', verifierScript: 'javascript:alert(1)', publicKey },
        'options.verifierScript',
      ],
      [
        { lang: 'zh-CN', verifierScript: 'data:text/javascript,1', publicKey },
        'options.verifierScript',
      ],
      [{ lang: 'zh-CN', verifierScript: '/verify.js\n', publicKey }, 'options.verifierScript'],
      [{ lang: 'zh-CN', verifierScript: 42, publicKey }, 'options.verifierScript'],
      [{ lang: 'zh-CN', verifierScript: '/verify.js' }, 'options.publicKey'],
      [{ lang: 'zh-CN', publicKey }, 'options.verifierScript'],
      [
        { lang: 'zh-CN', verifierScript: '/verify.js', publicKey: 'not a key' },
        'options.publicKey',
      ],
      [
        { lang: 'zh-CN', verifierScript: '/verify.js', publicKey, verification },
        'options.verifierScript',
      ],
      [{ lang: 'en', verification: { success: 'yes' } }, 'options.verification'],
    ]
    for (const [options, path] of bad) {
      let thrown: unknown
      try {
        renderReportHtml(report, options as never)
      } catch (error) {
        thrown = error
      }
      expect(isLedgerError(thrown) && thrown.code === 'INVALID_INPUT').toBe(true)
      const paths = isLedgerError(thrown) ? thrown.issues.map((issue) => issue.path.join('.')) : []
      expect(paths.some((each) => each.startsWith(path))).toBe(true)
    }
  })
})
