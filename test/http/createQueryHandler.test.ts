import { beforeAll, describe, expect, it } from 'vitest'
import type { Ledger } from '../../src/createLedger'
import { isLedgerError } from '../../src/errors'
import { createQueryHandler, type QueryHandler } from '../../src/http'
import type { Register } from '../../src/register'
import { get, PUBLIC_KEY, TODAY, townService, YOUTH } from './fixtures'

let handler: QueryHandler
let ledger: Ledger
let register: Register
beforeAll(async () => {
  ;({ handler, ledger, register } = await townService())
})

const thrown = (run: () => unknown): unknown => {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('createQueryHandler', () => {
  it('refuses options that are not what they must be, naming the option', () => {
    const error = thrown(() => createQueryHandler({ ledger, register, publicKey: 'not a key' }))
    expect(isLedgerError(error) && error.code).toBe('INVALID_INPUT')
    expect(isLedgerError(error) && error.issues[0]?.path).toEqual(['options', 'publicKey'])
    const extra = thrown(() =>
      createQueryHandler({ ledger, register, publicKey: PUBLIC_KEY, port: 80 } as never),
    )
    expect(isLedgerError(extra) && extra.code).toBe('INVALID_INPUT')
    const size = thrown(() =>
      createQueryHandler({ ledger, register, publicKey: PUBLIC_KEY, pageSize: 1000 }),
    )
    expect(isLedgerError(size) && size.issues[0]?.path).toEqual(['options', 'pageSize'])
  })

  it('answers 405 with Allow to anything but GET and HEAD, on every address', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      for (const path of ['/', '/api/search?q=a', '/nowhere']) {
        const response = await get(handler, path, { method })
        expect(response.status).toBe(405)
        expect(response.headers.get('allow')).toBe('GET, HEAD')
      }
    }
    const api = await get(handler, '/api/checkpoint', { method: 'POST' })
    expect(await api.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' })
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get(handler, `/organizations/${YOUTH}?on=2020-08-01`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(head.headers.get('etag')).toMatch(/2020-08-01/)
    expect(await head.text()).toBe('')
  })

  it('answers 404 for an unknown address: a page, or JSON under /api/', async () => {
    const page = await get(handler, '/nowhere?lang=en')
    expect(page.status).toBe(404)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('There is no such page.')
    const api = await get(handler, '/api/nowhere')
    expect(api.status).toBe(404)
    expect(await api.json()).toMatchObject({ success: false, code: 'NOT_FOUND' })
  })

  it('tells the public nothing of a failure, and tells onError everything', async () => {
    const failures: unknown[] = []
    const broken = createQueryHandler({
      ledger,
      register: { ...register, search: () => Promise.reject(new Error('secret dsn=postgres://x')) },
      publicKey: PUBLIC_KEY,
      today: () => TODAY,
      onError: (error) => {
        failures.push(error)
        throw new Error('the logger fails too')
      },
    })
    const response = await get(broken, '/api/search?q=a')
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(text).not.toContain('secret')
    expect(JSON.parse(text)).toMatchObject({ code: 'INTERNAL_ERROR' })
    expect(failures).toHaveLength(1)
  })

  it('fails with 500 when today() does not give a day', async () => {
    const wrong = createQueryHandler({
      ledger,
      register,
      publicKey: PUBLIC_KEY,
      today: () => 'soon',
    })
    expect((await get(wrong, '/lists/abnormal')).status).toBe(500)
  })

  it('serves under a base path, its links carrying it, and nothing outside it', async () => {
    const mounted = createQueryHandler({
      ledger,
      register,
      publicKey: PUBLIC_KEY,
      today: () => TODAY,
      verifierScript: 'export {}',
      basePath: '/credit',
    })
    const page = await (await get(mounted, '/credit/lists/abnormal?on=2020-08-01&lang=en')).text()
    expect(page).toContain('href="/credit/lists/serious?lang=en"')
    expect(page).toContain('action="/credit/lists/abnormal"')
    expect(page).toContain(`href="/credit/organizations/${YOUTH}?on=2020-08-01&#38;lang=en"`)
    expect(page).not.toMatch(/ (href|action|src)="\/(?!credit\/)/)
    expect((await get(mounted, '/credit')).status).toBe(200)
    expect((await get(mounted, '/lists/abnormal')).status).toBe(404)
    expect((await get(mounted, '/creditors')).status).toBe(404)
    const api = await get(mounted, '/credit/api/search')
    expect(await api.json()).toMatchObject({ code: 'INVALID_QUERY' })
  })

  it('mounts in a Hono app through its fetch', async () => {
    const { Hono } = await import('hono')
    const mounted = createQueryHandler({
      ledger,
      register,
      publicKey: PUBLIC_KEY,
      basePath: '/credit',
    })
    const host = new Hono()
    host.all('/credit/*', (c) => mounted.fetch(c.req.raw))
    const response = await host.fetch(new Request('http://host.example/credit/api/public-key'))
    expect(await response.text()).toBe(`${PUBLIC_KEY}\n`)
  })
})
