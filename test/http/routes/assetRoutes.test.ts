import { beforeAll, describe, expect, it } from 'vitest'
import type { QueryHandler } from '../../../src/http'
import { get, PUBLIC_KEY, SCRIPT, townService, YOUTH } from '../fixtures'

let handler: QueryHandler
let withoutScript: QueryHandler
beforeAll(async () => {
  ;({ handler } = await townService())
  ;({ handler: withoutScript } = await townService({}))
})

describe('verificationRoute', () => {
  it('explains verification in Chinese and shows the public key', async () => {
    const response = await get(handler, '/verification')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600')
    const page = await response.text()
    for (const words of [
      '只增不改的日志',
      '签名的检查点',
      '包含证明',
      '浏览器核对了什么',
      '离线验证',
    ]) {
      expect(page).toContain(words)
    }
    expect(page).toContain('integrity-ledger verify')
    expect(page).toContain(`<code class="key">${PUBLIC_KEY}</code>`)
  })

  it('explains it in English with ?lang=en', async () => {
    const page = await (await get(handler, '/verification?lang=en')).text()
    expect(page).toContain('How verification works')
    expect(page).toContain('What your browser checks')
  })

  it('says that pages are not verified in the browser when no script is served', async () => {
    const page = await (await get(withoutScript, '/verification?lang=en')).text()
    expect(page).toContain('This site serves no verifier script')
  })
})

describe('verifierScriptRoute', () => {
  it('serves the verifier as JavaScript, cached a day and tagged by its hash', async () => {
    const response = await get(handler, '/assets/verify-report-page.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=86400, stale-while-revalidate=604800',
    )
    expect(await response.text()).toBe(SCRIPT)
    const etag = response.headers.get('etag') as string
    const again = await get(handler, '/assets/verify-report-page.js', {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
  })

  it('is not there without a script, and report pages then load none', async () => {
    expect((await get(withoutScript, '/assets/verify-report-page.js')).status).toBe(404)
    const response = await get(withoutScript, `/organizations/${YOUTH}`)
    expect(response.headers.get('content-security-policy')).not.toContain('script-src')
  })
})
