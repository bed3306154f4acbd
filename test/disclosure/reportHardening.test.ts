import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  publicReport,
  renderReportHtml,
  renderReportText,
  verifyReport,
} from '../../src/disclosure'
import { isLedgerError } from '../../src/errors'
import { GROUP, newLedger, registration, signer, warning } from '../ledger/fixtures'

async function disclosureReport(title = '年度工作报告') {
  const { ledger } = newLedger()
  await ledger.append(registration(GROUP))
  await ledger.append({
    org: GROUP,
    type: 'DisclosurePublished',
    effectiveAt: '2020-01-01',
    by: GROUP,
    data: { category: 'major_event', title, body: '正文', visibility: 'public' },
  })
  return publicReport(ledger, GROUP, { asOf: '2020-12-31', signer })
}

const key = { publicKey: signer.publicKey }

// The report as a JSON text, with `insert` spliced in as the first key of the object at `at`.
function withKey(report: unknown, at: (json: Record<string, unknown>) => unknown, insert: string) {
  const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>
  const marker = '"__marker__":1'
  ;(at(json) as Record<string, unknown>).__marker__ = 1
  return JSON.parse(JSON.stringify(json).replace(marker, insert)) as unknown
}

describe('verifyReport', () => {
  it('refuses a report with a __proto__, constructor or prototype key anywhere, naming the path', async () => {
    const report = await disclosureReport()
    const item = (json: Record<string, unknown>) =>
      (json.sections as Record<string, Record<string, unknown>[]>).disclosures?.[0] as Record<
        string,
        Record<string, unknown>
      >
    const places: [(json: Record<string, unknown>) => unknown, (string | number)[]][] = [
      [(json) => json, []],
      [(json) => item(json), ['sections', 'disclosures', 0]],
      [(json) => item(json).entry, ['sections', 'disclosures', 0, 'entry']],
      [(json) => item(json).entry?.data, ['sections', 'disclosures', 0, 'entry', 'data']],
      [
        (json) => item(json).entry?.commitments,
        ['sections', 'disclosures', 0, 'entry', 'commitments'],
      ],
      [(json) => item(json).entry?.salts, ['sections', 'disclosures', 0, 'entry', 'salts']],
      [(json) => item(json).proof, ['sections', 'disclosures', 0, 'proof']],
    ]
    for (const [at, path] of places) {
      for (const name of ['__proto__', 'constructor', 'prototype']) {
        const hostile = withKey(report, at, `"${name}":{"title":"已撤销全部处罚"}`)
        const result = verifyReport(hostile, key)
        expect(result.success).toBe(false)
        if (!result.success) {
          expect(result.issues).toContainEqual(
            expect.objectContaining({ code: 'forbidden_key', path: [...path, name] }),
          )
        }
        expect(() => renderReportText(hostile as never, { lang: 'zh-CN' })).toThrow(
          expect.objectContaining({ code: 'INVALID_INPUT' }),
        )
        expect(() => renderReportHtml(hostile as never, { lang: 'en' })).toThrow(
          expect.objectContaining({ code: 'INVALID_INPUT' }),
        )
      }
    }
  })

  it('checks the very object it is given, so an unknown field added to data fails', async () => {
    const report = await disclosureReport()
    const hostile = withKey(
      report,
      (json) =>
        (json.sections as Record<string, { entry: { data: unknown } }[]>).disclosures?.[0]?.entry
          .data,
      '"remark":"已撤销全部处罚"',
    )
    const result = verifyReport(hostile, key)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues.map((issue) => issue.code)).toContain('not_committed')
  })

  it('returns a coded failure and never throws, whatever either argument is', async () => {
    const report = await disclosureReport()
    expect(verifyReport(report, null as never)).toMatchObject({
      success: false,
      issues: [expect.objectContaining({ code: 'invalid_options' })],
    })
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, options) => {
        for (const result of [
          verifyReport(value, options as never),
          verifyReport(report, options as never),
          verifyReport(value, key),
        ]) {
          expect(result.success).toBe(false)
          if (!result.success) {
            expect(result.issues.length).toBeGreaterThan(0)
            for (const issue of result.issues) expect(typeof issue.code).toBe('string')
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('renderReportText and renderReportHtml', () => {
  it('throw a coded INVALID_INPUT for anything that is not a report, never a bare TypeError', async () => {
    const report = await disclosureReport()
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const render of [renderReportText, renderReportHtml]) {
          for (const [input, options] of [
            [value, { lang: 'en' }],
            [report, value],
          ] as const) {
            try {
              render(input as never, options as never)
              expect(input).toBe(report)
            } catch (error) {
              expect(isLedgerError(error) && error.code === 'INVALID_INPUT').toBe(true)
            }
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('isolate a right-to-left override, so a value cannot reorder the text around it', async () => {
    const report = await disclosureReport('报告\u202e告报假\u202c 结束')
    const html = renderReportHtml(report, {
      lang: 'zh-CN',
      verification: verifyReport(report, key),
    })
    const text = renderReportText(report, { lang: 'en' })
    for (const output of [html, text]) {
      expect(output).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/)
    }
    expect(html).toContain('<bdi>报告告报假 结束</bdi>')
    expect(text).toContain('报告告报假 结束')
  })

  it("show a confiscation's what, in Chinese and English", async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    const penalty = warning(GROUP)
    await ledger.append({
      ...penalty,
      // biome-ignore lint/suspicious/noExplicitAny: the input union does not narrow on a spread
      data: <any>{
        ...(penalty.data as Record<string, unknown>),
        sanctions: [{ kind: 'confiscation', amount: 3000, what: '违规收取的会费' }],
      },
    })
    const report = await publicReport(ledger, GROUP, { asOf: '2020-12-31', signer })
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(renderReportText(report, { lang })).toContain('违规收取的会费')
      expect(renderReportHtml(report, { lang })).toContain('违规收取的会费')
    }
  })
})
