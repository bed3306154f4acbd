import { beforeAll, describe, expect, it } from 'vitest'
import type { QueryHandler, SearchAnswer } from '../../../src/http'
import { get, townService } from '../fixtures'

let handler: QueryHandler
beforeAll(async () => {
  ;({ handler } = await townService({ pageSize: 2 }))
})

describe('searchPageRoute', () => {
  it('shows the search form alone when nothing is asked', async () => {
    const response = await get(handler, '/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const page = await response.text()
    expect(page).toContain('<form class="query" method="get" action="/" role="search">')
    expect(page).not.toContain('查询结果')
    expect(response.headers.get('content-security-policy')).not.toContain('script-src')
  })

  it('lists what part of a name finds, each linked to its report, a page at a time', async () => {
    const page = await (await get(handler, `/?q=${encodeURIComponent('服务')}`)).text()
    expect(page).toContain('“服务”的查询结果：共 3 个组织')
    expect(page).toContain(
      '<a href="/organizations/52310116MJ4B101250"><bdi>金山卫镇助残服务中心</bdi></a>',
    )
    expect(page).toContain('第 1–2 个，共 3 个')
    expect(page).toContain(`href="/?q=${encodeURIComponent('服务')}&#38;offset=2"`)
    const next = await (await get(handler, `/?q=${encodeURIComponent('服务')}&offset=2`)).text()
    expect(next).toContain('第 3–3 个，共 3 个')
    expect(next).toContain('上一页')
  })

  it('finds an organization by its code', async () => {
    const page = await (await get(handler, '/?q=52310116MJ4B105394&lang=en')).text()
    expect(page).toContain('Results for “52310116MJ4B105394”: 1 organization')
    expect(page).toContain('href="/organizations/52310116MJ4B105394?lang=en"')
  })

  it('escapes what was searched for wherever it is shown', async () => {
    const probe = '"><script>alert(1)</script>'
    const page = await (await get(handler, `/?q=${encodeURIComponent(probe)}`)).text()
    expect(page).not.toContain('<script>')
    expect(page).toContain('&#34;&#62;&#60;script&#62;')
  })

  it('treats an empty search box as no search, and a long one as a mistake', async () => {
    expect((await get(handler, '/?q=')).status).toBe(200)
    const long = await get(handler, `/?q=${'协'.repeat(101)}`)
    expect(long.status).toBe(400)
    expect(await long.text()).toContain('参数 q 无效：应为1 至 100 个字符')
  })
})

describe('searchApiRoute', () => {
  it('answers a page of organizations with their public fields only', async () => {
    const response = await get(handler, `/api/search?q=${encodeURIComponent('协会')}&limit=5`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    const answer = (await response.json()) as SearchAnswer
    expect(answer).toMatchObject({ q: '协会', offset: 0, limit: 5, total: 3 })
    expect(Object.keys(answer.items[0] ?? {}).sort()).toEqual([
      'division',
      'formerNames',
      'kind',
      'name',
      'org',
      'registeredOn',
      'registrar',
      'status',
    ])
  })

  it('needs q, and refuses limits and offsets beyond their maxima', async () => {
    const missing = await (await get(handler, '/api/search')).json()
    expect(missing.issues).toEqual([
      { code: 'missing_parameter', path: ['q'], message: 'q: required.' },
    ])
    const big = await (await get(handler, '/api/search?q=a&limit=101&offset=1000001')).json()
    expect(big.issues.map((issue: { path: string[] }) => issue.path[0])).toEqual([
      'limit',
      'offset',
    ])
    const twice = await (await get(handler, '/api/search?q=a&q=b')).json()
    expect(twice.issues[0].code).toBe('repeated_parameter')
    expect((await get(handler, '/api/search?q=')).status).toBe(400)
  })
})
