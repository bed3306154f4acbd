import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type PublicReport,
  publicReport,
  renderReportHtml,
  renderReportText,
  reportLabels,
  reportView,
  verifyReport,
} from '../../../src/disclosure'
import { isLedgerError } from '../../../src/errors'
import type { Language } from '../../../src/language'
import { entryHistory } from '../../credit-file/arbitraries'
import { GROUP, newLedger, registration, signer } from '../../ledger/fixtures'
import { ORG, recordHistory } from '../randomLedger'

// What plain JavaScript and the command line say for Chinese; the type names only `zh-CN`.
const zh = 'zh' as Language

const day = fc
  .integer({ min: Date.parse('2015-01-01'), max: Date.parse('2027-12-31') })
  .map((time) => new Date(time).toISOString().slice(0, 10))

/** The error `run` throws, or `undefined`. */
function thrownBy(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('renderReportText and renderReportHtml: the language', () => {
  it('render zh exactly as zh-CN, for random reports, with a verification and without', async () => {
    await fc.assert(
      fc.asyncProperty(entryHistory(20), day, async (history, asOf) => {
        const { ledger } = await recordHistory(history)
        const report = await publicReport(ledger, ORG, { asOf, signer })
        const verification = verifyReport(report, { publicKey: signer.publicKey })
        for (const given of [{}, { verification }]) {
          expect(renderReportText(report, { lang: zh, ...given })).toBe(
            renderReportText(report, { lang: 'zh-CN', ...given }),
          )
          expect(renderReportHtml(report, { lang: zh, ...given })).toBe(
            renderReportHtml(report, { lang: 'zh-CN', ...given }),
          )
        }
      }),
      { numRuns: 10 },
    )
  })

  describe('a lang that is not a language', () => {
    let report: PublicReport
    beforeAll(async () => {
      const { ledger } = newLedger()
      await ledger.append(registration(GROUP))
      report = await publicReport(ledger, GROUP, { asOf: '2020-12-31', signer })
    })

    it('is a coded error naming options.lang in every renderer, never a TypeError', () => {
      const renderers: [string, (options: never) => unknown][] = [
        ['renderReportText', (options) => renderReportText(report, options)],
        ['renderReportHtml', (options) => renderReportHtml(report, options)],
        ['reportView', (options) => reportView(report, options)],
      ]
      for (const [name, render] of renderers) {
        for (const lang of ['fr', 'zh-TW', 'ZH', 'cn', '', 42, null, undefined, {}, ['en']]) {
          const error = thrownBy(() => render({ lang } as never))
          expect(isLedgerError(error), `${name} ${String(lang)}`).toBe(true)
          if (!isLedgerError(error)) continue
          expect(error.code).toBe('INVALID_INPUT')
          expect(error.issues).toEqual([
            expect.objectContaining({ code: 'unknown_language', path: ['options', 'lang'] }),
          ])
          expect(error.message).toMatch(/^options\.lang: expected 'zh-CN' or 'en'/)
          expect(error.message).not.toContain('undefined: undefined')
        }
      }
    })
  })
})

describe('reportLabels', () => {
  it('gives the zh-CN words for zh, and names the option it was given for anything else', () => {
    expect(reportLabels(zh)).toBe(reportLabels('zh-CN'))
    expect(reportLabels('zh-CN').date('2024-06-30')).toBe('2024年6月30日')
    const error = thrownBy(() => reportLabels('fr' as Language, ['options', 'lang']))
    expect(isLedgerError(error) && error.issues[0]).toMatchObject({
      code: 'unknown_language',
      path: ['options', 'lang'],
    })
  })
})
