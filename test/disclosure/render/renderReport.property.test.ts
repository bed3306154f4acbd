import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { type PublicReport, publicReport, renderReportHtml } from '../../../src/disclosure'
import { verifierKey } from '../../../src/proof'
import { GROUP, newLedger, registration, signer } from '../../ledger/fixtures'

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

// Texts a hostile or careless record could hold: markup that would end a script element or
// open a comment, bidi overrides, and anything else.
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '</script>',
        '</SCRIPT >',
        '<!--',
        '-->',
        '<script>',
        '\u202e',
        '\u2066',
        '\u200f',
        '\u2028',
        '"',
        '&',
        '<',
        '>',
        '违规收费',
      ),
      fc.string(),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''))

describe('renderReportHtml with a verifier script', () => {
  let report: PublicReport
  beforeAll(async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    await ledger.append({
      org: GROUP,
      type: 'DisclosurePublished',
      effectiveAt: '2020-01-01',
      by: GROUP,
      data: { category: 'major_event', title: '标题', body: '正文', visibility: 'public' },
    })
    report = await publicReport(ledger, GROUP, { asOf: '2020-12-31', signer })
  })

  it('embeds report texts that no </script>, <!-- or bidi control can break out of, and reads back the very report', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, body, name) => {
        const copy = structuredClone(report) as unknown as {
          sections: Record<string, { entry: { data: Record<string, unknown> } }[]>
        }
        const disclosure = copy.sections.disclosures?.[0]?.entry.data as Record<string, unknown>
        disclosure.title = title
        disclosure.body = body
        ;(copy.sections.basic?.[0]?.entry.data as Record<string, unknown>).name = name
        const html = renderReportHtml(copy as unknown as PublicReport, {
          lang: 'zh-CN',
          verifierScript: '/verify.js',
          publicKey: verifierKey(signer),
        })
        const open = '<script type="application/json" id="report-json">'
        const start = html.indexOf(open) + open.length
        const end = html.indexOf('</script>', start)
        expect(JSON.parse(html.slice(start, end))).toEqual(copy)
        expect(html.match(/<script/gi)).toHaveLength(2)
        expect(html.match(/<\/script/gi)).toHaveLength(2)
        expect(html).not.toContain('<!--')
        expect(html).not.toMatch(BIDI)
        expect(html.slice(end)).toMatch(
          /^<\/script>\n<script type="module" src="\/verify.js"><\/script>\n<\/body>/,
        )
      }),
      { numRuns: 150 },
    )
  })
})
