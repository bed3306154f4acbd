import { beforeAll, describe, expect, it } from 'vitest'
import type { PublicReport } from '../../../src/disclosure'
import { verifyReport } from '../../../src/disclosure'
import type { QueryHandler } from '../../../src/http'
import { sampleOrganizationId } from '../../../src/testing/sampleOrganizationId'
import { get, PUBLIC_KEY, TODAY, townService, YOUTH } from '../fixtures'

let handler: QueryHandler
beforeAll(async () => {
  ;({ handler } = await townService())
})

describe('reportPageRoute', () => {
  it('shows the public report on the day asked as a page, with the verifier script allowed', async () => {
    const response = await get(handler, `/organizations/${YOUTH}?on=2020-08-01`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const page = await response.text()
    expect(page).toContain('金山卫镇青少年活动中心')
    expect(page).toContain('列入活动异常名录')
    expect(page).toContain('<header class="site">')
    expect(page).toContain('value="2020-08-01"')
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toContain('unsafe-inline')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('allows each inline style block by its hash, and no other', async () => {
    const response = await get(handler, `/organizations/${YOUTH}`)
    const page = await response.text()
    const blocks = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    expect(blocks.length).toBeGreaterThanOrEqual(2)
    const policy = response.headers.get('content-security-policy') ?? ''
    const hashes = policy.match(/'sha256-[^']+'/g) ?? []
    expect(hashes).toHaveLength(blocks.length)
    for (const [, css] of blocks) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css))
      expect(policy).toContain(`'sha256-${Buffer.from(digest).toString('base64')}'`)
    }
  })

  it('shows today when no day is asked, and keeps it for a minute only', async () => {
    const response = await get(handler, `/organizations/${YOUTH}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(`value="${TODAY}"`)
    expect(response.headers.get('cache-control')).toBe('public, max-age=60')
    expect(response.headers.get('etag')).toMatch(new RegExp(`-${TODAY}-zh-CN"$`))
  })

  it('lets caches keep a past day for a day, tagged by the checkpoint, and answers 304 to that tag', async () => {
    const first = await get(handler, `/organizations/${YOUTH}?on=2020-08-01`)
    const etag = first.headers.get('etag') as string
    expect(first.headers.get('cache-control')).toBe('public, max-age=86400')
    expect(etag).toMatch(/^"\d+-[0-9a-f]{32}-2020-08-01-zh-CN"$/)
    const again = await get(handler, `/organizations/${YOUTH}?on=2020-08-01`, {
      headers: { 'if-none-match': `W/"other", ${etag}` },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('cache-control')).toBe('public, max-age=86400')
    // A 304's headers replace the cached copy's, so it must not carry another policy.
    expect(again.headers.get('content-security-policy')).toBeNull()
  })

  it('tags each language and each day apart', async () => {
    const tag = async (path: string) => (await get(handler, path)).headers.get('etag')
    const zh = await tag(`/organizations/${YOUTH}?on=2020-08-01`)
    expect(await tag(`/organizations/${YOUTH}?on=2020-08-01&lang=en`)).not.toBe(zh)
    expect(await tag(`/organizations/${YOUTH}?on=2020-08-02`)).not.toBe(zh)
  })

  it('renders in English with ?lang=en and keeps English in its links', async () => {
    const page = await (await get(handler, `/organizations/${YOUTH}?on=2020-08-01&lang=en`)).text()
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('Public credit report')
    expect(page).toContain('href="/lists/abnormal?lang=en"')
    expect(page).toContain('<input type="hidden" name="lang" value="en">')
    expect(page).toContain(`href="/organizations/${YOUTH}?on=2020-08-01"`)
  })

  it('answers 404 with a page for a valid id nobody registered', async () => {
    const response = await get(handler, `/organizations/${sampleOrganizationId(4242)}`)
    expect(response.status).toBe(404)
    const unknown = await get(handler, '/organizations/F-310116-2021-0042')
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await unknown.text()).toContain('没有代码为 F-310116-2021-0042 的社会组织的记录')
  })

  it('answers 400 naming the parameter, in the page language', async () => {
    const zh = await get(handler, '/organizations/52310116MJ4B105390')
    expect(zh.status).toBe(400)
    expect(await zh.text()).toContain('参数 id 无效')
    const en = await get(handler, `/organizations/${YOUTH}?on=2020-02-30&lang=en`)
    expect(en.status).toBe(400)
    expect(await en.text()).toContain('on: expected a calendar day as YYYY-MM-DD.')
    const future = await get(handler, `/organizations/${YOUTH}?on=2026-07-01`)
    expect(future.status).toBe(400)
    expect(await future.text()).toContain(`日期不能晚于今天（${TODAY}）`)
    expect(future.headers.get('cache-control')).toBe('no-store')
  })

  it('treats an empty day from the form as today', async () => {
    const response = await get(handler, `/organizations/${YOUTH}?on=&lang=`)
    expect(response.status).toBe(200)
  })
})

describe('reportApiRoute', () => {
  it('serves the report with its proofs as JSON that verifies with the public key alone', async () => {
    const response = await get(handler, `/api/organizations/${YOUTH}/report?on=2020-08-01`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const report = (await response.json()) as PublicReport
    expect(report.asOf).toBe('2020-08-01')
    expect(report.sections.lists.length).toBeGreaterThan(0)
    const checked = verifyReport(report, { publicKey: PUBLIC_KEY })
    expect(checked.success).toBe(true)
  })

  it('tags JSON apart from the pages and answers 304 to its tag', async () => {
    const first = await get(handler, `/api/organizations/${YOUTH}/report?on=2020-08-01`)
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/-2020-08-01-json"$/)
    const again = await get(handler, `/api/organizations/${YOUTH}/report?on=2020-08-01`, {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('answers 400 as JSON with a stable code for every parameter that is wrong', async () => {
    const response = await get(handler, '/api/organizations/nope/report?on=yesterday&at=1')
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body).toMatchObject({ success: false, code: 'INVALID_QUERY' })
    expect(body.issues.map((issue: { code: string }) => issue.code)).toEqual([
      'invalid_organization_id',
      'invalid_day',
      'unknown_parameter',
    ])
    expect(body.issues[2]).toEqual({
      code: 'unknown_parameter',
      path: ['at'],
      message: 'at: not a parameter of this address, which takes on.',
    })
  })

  it('refuses an empty day, which only a page form sends', async () => {
    const response = await get(handler, `/api/organizations/${YOUTH}/report?on=`)
    expect(response.status).toBe(400)
    expect((await response.json()).issues[0].code).toBe('invalid_day')
  })

  it('answers 404 as JSON for an organization with no entries', async () => {
    const response = await get(handler, '/api/organizations/F-310116-2021-0042/report')
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ success: false, code: 'UNKNOWN_ORGANIZATION' })
  })
})
