import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { createQueryHandler, type QueryHandler } from '../../src/http'
import { toBase64, toHex, verifierKey } from '../../src/proof'
import { createRegister } from '../../src/register'
import { GROUP, recordedGroup, SECRET_NUMBERS, SECRETS, signer } from '../disclosure/fixtures'

// A social group whose record holds what the national policy keeps from the public: people's
// id numbers, a council member, internal disclosures, an objection's grounds, inspection
// reasons, report figures and a score. None of it may reach any response of any route.

const TODAY = '2024-06-30'
const DAYS = [
  '2016-03-01',
  '2017-07-15',
  '2018-11-20',
  '2019-12-18',
  '2020-04-02',
  '2020-04-10',
  '2020-07-01',
  '2020-08-15',
  '2020-08-20',
  '2020-09-10',
  '2020-09-15',
  '2020-09-21',
  '2021-03-01',
  '2021-06-01',
  TODAY,
]

let handler: QueryHandler
let forbidden: string[]
beforeAll(async () => {
  const { ledger, store, seq } = await recordedGroup()
  const register = createRegister({ store })
  await register.catchUp()
  handler = createQueryHandler({
    ledger,
    register,
    publicKey: verifierKey(signer),
    verifierScript: 'export {}',
    today: () => TODAY,
  })
  const record = await ledger.personalRecord(seq.registration as number)
  if (record === undefined) throw new Error('the registration names no people')
  forbidden = [...SECRETS, toHex(record.salt), toBase64(record.salt)]
})

/** What a response says that the disclosure policy hides; empty when it says none of it. */
async function leaks(response: Response): Promise<string[]> {
  const body = await response.text()
  const found = forbidden.filter((secret) => body.includes(secret))
  for (const number of SECRET_NUMBERS) {
    if (new RegExp(`(?<![\\w+/=.])${number}(?![\\w+/=.])`).test(body)) found.push(String(number))
  }
  return found
}

const ask = (path: string, init: RequestInit = {}) =>
  handler.fetch(new Request(`http://register.example${path}`, init))

describe('createQueryHandler and the disclosure policy', () => {
  it('shows nothing the policy hides on any page or answer, on any day, in either language', async () => {
    const paths = [
      '/',
      `/?q=${GROUP}`,
      `/?q=${encodeURIComponent('老年')}`,
      '/verification',
      '/verification?lang=en',
      '/api/checkpoint',
      '/api/public-key',
      `/api/search?q=${encodeURIComponent('金山')}&limit=100`,
      `/api/search?q=${GROUP}`,
      '/assets/verify-report-page.js',
    ]
    for (const on of DAYS) {
      paths.push(
        `/organizations/${GROUP}?on=${on}`,
        `/organizations/${GROUP}?on=${on}&lang=en`,
        `/api/organizations/${GROUP}/report?on=${on}`,
      )
      for (const list of ['abnormal', 'serious']) {
        paths.push(`/lists/${list}?on=${on}`, `/api/lists/${list}?on=${on}&limit=100`)
      }
    }
    // The check itself sees a hidden value wherever it is.
    expect(await leaks(new Response(`<bdi>${SECRET_NUMBERS[0]}</bdi>`))).not.toEqual([])
    expect(await leaks(new Response(JSON.stringify({ note: SECRETS[1] })))).not.toEqual([])
    let shown = 0
    for (const path of paths) {
      for (const accept of ['*/*', 'application/json']) {
        const response = await ask(path, { headers: { accept } })
        expect(response.status, path).toBe(200)
        expect(await leaks(response), path).toEqual([])
        shown++
      }
    }
    // The probes do reach the record: the listing and the report's public items are shown.
    const listed = await (await ask('/api/lists/abnormal?on=2020-08-15')).json()
    expect(listed.items.map((row: { org: string }) => row.org)).toEqual([GROUP])
    const page = await (await ask(`/organizations/${GROUP}?on=${TODAY}`)).text()
    expect(page).toContain('王建国')
    expect(shown).toBe(paths.length * 2)
  })

  it('answers any query on any address with 200, 304, 400, 404 or 405, never a failure and never a hidden value', async () => {
    const addresses = [
      '/',
      `/organizations/${GROUP}`,
      '/organizations/51310116MJ4A00137X',
      '/lists/abnormal',
      '/lists/serious',
      '/verification',
      '/assets/verify-report-page.js',
      `/api/organizations/${GROUP}/report`,
      '/api/search',
      '/api/lists/abnormal',
      '/api/lists/serious',
      '/api/checkpoint',
      '/api/consistency',
      '/api/public-key',
      '/api/nowhere',
    ]
    const name = fc.constantFrom(
      'q',
      'on',
      'offset',
      'limit',
      'registrar',
      'division',
      'from',
      'to',
      'lang',
      'x',
      '',
    )
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.constantFrom(...DAYS, '2024-07-01', '2020-02-30', 'en', 'zh-CN', GROUP, '老年', '3101'),
      fc.constantFrom('上海市金山区民政局', '310116', '0', '1', '20', '100', '101'),
      fc.integer({ min: -3, max: 2_000_000 }).map(String),
    )
    const query = fc.oneof(
      fc.array(fc.tuple(name, value), { maxLength: 4 }).map((pairs) => {
        const search = new URLSearchParams()
        for (const [key, item] of pairs) search.append(key, item)
        return search.toString()
      }),
      fc.string({ unit: 'binary', maxLength: 60 }),
    )
    const request = fc.record({
      address: fc.constantFrom(...addresses),
      suffix: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
      query,
      method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'DELETE'),
      etag: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    })
    const statuses = new Set<number>()
    await fc.assert(
      fc.asyncProperty(request, async ({ address, suffix, query, method, etag }) => {
        const url = new URL(`http://register.example${address}${suffix ?? ''}`)
        url.search = query
        const headers: Record<string, string> = etag === undefined ? {} : { 'if-none-match': etag }
        const response = await handler.fetch(new Request(url, { method, headers }))
        expect([200, 304, 400, 404, 405]).toContain(response.status)
        expect(response.headers.get('x-content-type-options')).toBe('nosniff')
        expect(await leaks(response)).toEqual([])
        statuses.add(response.status)
      }),
      { numRuns: 300 },
    )
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 404, 405]))
  })
})
