import { beforeAll, describe, expect, it } from 'vitest'
import type { QueryHandler } from '../../../src/http'
import { get, townService, YOUTH } from '../fixtures'

let handler: QueryHandler
beforeAll(async () => {
  ;({ handler } = await townService({ pageSize: 2 }))
})

const PAGES = [
  '/',
  `/?q=${encodeURIComponent('金山')}`,
  `/organizations/${YOUTH}?on=2020-08-01`,
  '/lists/abnormal?on=2020-08-01',
  '/lists/serious',
  '/verification',
]

const links = (page: string) =>
  [...page.matchAll(/ href="([^"]*)"/g)].map((match) => match[1] ?? '')

describe('siteHeader', () => {
  it('keeps English in every link of an English page but the switch back and the API', async () => {
    for (const path of PAGES) {
      const page = await (
        await get(handler, `${path}${path.includes('?') ? '&' : '?'}lang=en`)
      ).text()
      const own = links(page).filter((link) => !link.startsWith('/api/'))
      const chinese = own.filter((link) => !link.includes('lang=en'))
      expect(chinese, path).toHaveLength(1)
      expect(page, path).toContain(`hreflang="zh-CN" lang="zh-CN">中文</a>`)
    }
  })

  it('switches a Chinese page to the same page in English, keeping its parameters', async () => {
    const page = await (await get(handler, '/lists/abnormal?on=2020-08-01&division=3101')).text()
    expect(page).toContain(
      '<a href="/lists/abnormal?on=2020-08-01&#38;division=3101&#38;lang=en" hreflang="en" lang="en">English</a>',
    )
    expect(page).toContain(
      '<a href="/lists/abnormal?on=2020-08-01&#38;division=3101" aria-current="true" lang="zh-CN">中文</a>',
    )
    for (const link of links(page)) expect(link).not.toContain('lang=en&')
  })

  it('gives every page a viewport for phones and one language for the document', async () => {
    for (const path of PAGES) {
      const page = await (await get(handler, path)).text()
      expect(page, path).toContain(
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
      )
      expect(page, path).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/)
    }
  })

  it('never links off the site from a path that starts with two slashes', async () => {
    const page = await (await get(handler, '//evil.example/x')).text()
    expect(page).not.toContain('href="//evil.example')
  })
})
