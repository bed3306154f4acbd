import { mkdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { townService, YOUTH } from '../http/fixtures'
import { chromiumAvailable, launchChromium } from './chromium'

// The query service as a citizen meets it: the handler served on 127.0.0.1 with the built
// browser verifier, driven in Chromium. Screenshots of every page, at a desktop's and a
// phone's width, are kept in artifacts/screenshots for people to look at.
const SCRIPT = new URL('../../dist/browser/verify-report-page.js', import.meta.url)
const SHOTS = new URL('../../artifacts/screenshots/', import.meta.url).pathname
const WIDTHS = { desktop: 1280, phone: 390 } as const

let browser: Browser
let base: string
let close: () => Promise<void>

// A tampered copy of a report page: one item's date in the embedded report changed, as a
// compromised mirror or cache would serve it, the rows left as they were.
function tampered(html: string): string {
  return html.replace(
    /(<script type="application\/json" id="report-json">)(.*?)(<\/script>)/s,
    (_, open: string, json: string, end: string) => {
      const report = JSON.parse(json)
      const item = report.sections.lists[0] ?? Object.values(report.sections).flat()[0]
      item.entry.effectiveAt = '2019-01-01'
      return `${open}${JSON.stringify(report).replace(/</g, '\\u003c')}${end}`
    },
  )
}

beforeAll(async () => {
  if (!chromiumAvailable) return
  const { handler } = await townService({ verifierScript: readFileSync(SCRIPT, 'utf8') })
  const server = serve({
    hostname: '127.0.0.1',
    port: 0,
    async fetch(request) {
      const url = new URL(request.url)
      if (!url.searchParams.has('tampered')) return handler.fetch(request)
      url.searchParams.delete('tampered')
      const response = await handler.fetch(new Request(url, request))
      return new Response(tampered(await response.text()), response)
    },
  })
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise((resolve) => server.close(() => resolve()))
  browser = await launchChromium()
  mkdirSync(SHOTS, { recursive: true })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await close?.()
})

async function shoot(page: Page, name: string): Promise<void> {
  for (const [device, width] of Object.entries(WIDTHS)) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `${SHOTS}${name}-${device}.png`, fullPage: true })
    // Nothing may make a phone scroll sideways.
    if (device === 'phone') {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(wide, `${name} is wider than a phone`).toBeLessThanOrEqual(width)
    }
  }
}

const verification = (page: Page) => page.locator('#verification')

describe.skipIf(!chromiumAvailable)('the public query service in Chromium', () => {
  it('finds an organization by part of its name and opens its report', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/`)
    await page.fill('input[name="q"]', '青少年')
    await Promise.all([page.waitForURL(/q=/), page.click('form.query button')])
    await shoot(page, 'search')
    const link = page.locator(`a[href*="/organizations/${YOUTH}"]`).first()
    await expect(link.count()).resolves.toBeGreaterThan(0)
    await Promise.all([page.waitForURL(/organizations/), link.click()])
    expect(page.url()).toContain(YOUTH)
    await page.close()
  })

  it('shows the report verified in the browser, where a reader looks first', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${base}/organizations/${YOUTH}?on=2026-06-30`)
    await page.waitForSelector('#verification[data-state="verified"]', { timeout: 20_000 })
    expect(await verification(page).textContent()).toContain('已核验')
    const ms = Number(await verification(page).getAttribute('data-ms'))
    console.log(`time to verified in Chromium: ${ms.toFixed(1)} ms`)
    expect(ms).toBeGreaterThan(0)
    // The status sits above the tables; the verification beside it, before any record.
    const top = await verification(page).boundingBox()
    const firstTable = await page.locator('table').first().boundingBox()
    expect(top?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(firstTable?.y ?? 0)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    await shoot(page, 'report-verified')
    expect(errors).toEqual([])
    await page.close()
  })

  it('names the changed item when the served report was tampered with', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/organizations/${YOUTH}?on=2026-06-30&tampered=1`)
    await page.waitForSelector('#verification[data-state="failed"]', { timeout: 20_000 })
    const message = await verification(page).textContent()
    expect(message).toContain('核验失败')
    expect(message).toContain('被改动')
    expect(await page.locator('[data-seq].tampered').count()).toBeGreaterThan(0)
    await shoot(page, 'report-tampered')
    await page.close()
  })

  it('switches to English and keeps the language across links, verified in English', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/organizations/${YOUTH}?on=2026-06-30`)
    await Promise.all([page.waitForURL(/lang=en/), page.click('.lang a:has-text("English")')])
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.waitForSelector('#verification[data-state="verified"]', { timeout: 20_000 })
    expect(await verification(page).textContent()).toMatch(/verified/i)
    await shoot(page, 'report-english')
    await page.close()
  })

  it('lists the abnormal list of a day, each stay on one row with a link to its report', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/lists/abnormal?on=2020-08-01`)
    expect(await page.locator(`a[href*="${YOUTH}"]`).count()).toBeGreaterThan(0)
    await shoot(page, 'list-abnormal')
    await page.goto(`${base}/verification`)
    expect(await page.textContent('body')).toContain('jinshan.example/credit')
    await shoot(page, 'verification')
    await page.close()
  })

  it('answers a malformed query with a page in the reader’s language, not a stack trace', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${base}/lists/abnormal?on=2020-02-30`)
    expect(response?.status()).toBe(400)
    expect(await page.textContent('body')).toContain('on')
    await shoot(page, 'bad-query')
    await page.close()
  })
})
