import { beforeAll, describe, expect, it } from 'vitest'
import type { ListAnswer, QueryHandler } from '../../../src/http'
import { get, townService, YOUTH } from '../fixtures'

let handler: QueryHandler
beforeAll(async () => {
  ;({ handler } = await townService())
})

describe('listPageRoute', () => {
  it('shows who was on the abnormal list on a day: name linked, code, day listed, reason in words, registrar', async () => {
    const response = await get(handler, '/lists/abnormal?on=2020-08-01')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=60')
    const page = await response.text()
    expect(page).toContain(
      `<a href="/organizations/${YOUTH}?on=2020-08-01"><bdi>金山卫镇青少年活动中心</bdi></a>`,
    )
    expect(page).toContain(`<dd><bdi>${YOUTH}</bdi></dd>`)
    expect(page).toContain('<dd><bdi>2020年7月1日</bdi></dd>')
    expect(page).toContain('<dd><bdi>未按时报送年度工作报告</bdi></dd>')
    expect(page).toContain('<dd><bdi>上海市金山区民政局</bdi></dd>')
    expect(page).toContain('2020年8月1日 在列：共 1 个组织')
  })

  it('says the reason in English words on the English page', async () => {
    const page = await (await get(handler, '/lists/abnormal?on=2020-08-01&lang=en')).text()
    expect(page).toContain('<dd><bdi>annual report missing</bdi></dd>')
  })

  it('filters by registrar and division, and reads today by default', async () => {
    const other = await (
      await get(
        handler,
        `/lists/abnormal?on=2020-08-01&registrar=${encodeURIComponent('上海市民政局')}`,
      )
    ).text()
    expect(other).toContain('共 0 个组织')
    const division = await (
      await get(handler, '/lists/abnormal?on=2020-08-01&division=3101')
    ).text()
    expect(division).toContain('共 1 个组织')
    const today = await (await get(handler, '/lists/serious')).text()
    expect(today).toContain('2026年6月30日 在列：共 0 个组织')
  })

  it('takes a form with empty fields as not filtered', async () => {
    const response = await get(handler, '/lists/abnormal?on=2020-08-01&registrar=&division=')
    expect(response.status).toBe(200)
  })

  it('answers 400 for an unknown list or a malformed division', async () => {
    const list = await get(handler, '/lists/grey')
    expect(list.status).toBe(400)
    expect(await list.text()).toContain('参数 list 无效')
    const division = await get(handler, '/lists/abnormal?division=310&lang=en')
    expect(division.status).toBe(400)
    expect(await division.text()).toContain(
      'division: expected a division code of 2, 4 or 6 digits.',
    )
  })
})

describe('listApiRoute', () => {
  it('answers the list on a day as JSON with the public fields of each row', async () => {
    const response = await get(handler, '/api/lists/abnormal?on=2020-08-01&limit=10')
    expect(response.status).toBe(200)
    const answer = (await response.json()) as ListAnswer
    expect(answer).toEqual({
      list: 'abnormal',
      on: '2020-08-01',
      registrar: null,
      division: null,
      offset: 0,
      limit: 10,
      total: 1,
      items: [
        {
          org: YOUTH,
          name: '金山卫镇青少年活动中心',
          registrar: '上海市金山区民政局',
          division: '310116',
          list: 'abnormal',
          listedOn: '2020-07-01',
          reason: 'annual_report_missing',
        },
      ],
    })
  })

  it('answers 400 naming each wrong parameter', async () => {
    const body = await (await get(handler, '/api/lists/grey?limit=0&on=2020-8-1')).json()
    expect(body.issues.map((issue: { code: string }) => issue.code)).toEqual([
      'invalid_list',
      'invalid_count',
      'invalid_day',
    ])
  })
})
