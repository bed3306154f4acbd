import { describe, expect, it } from 'vitest'
import { issuesIn } from '../../src/http/queryIssue'
import { readQuery } from '../../src/http/queryParameters'

const read = (query: string, emptyIsAbsent = false) =>
  readQuery(new URL(`http://x/?${query}`), ['q', 'on', 'offset', 'limit', 'lang'], {
    emptyIsAbsent,
  })

describe('readQuery', () => {
  it('converts each parameter it accepts', () => {
    expect(read('q=%20%E8%80%81%E5%B9%B4%20&on=2024-02-29&offset=40&limit=100&lang=en')).toEqual({
      success: true,
      data: { q: '老年', on: '2024-02-29', offset: 40, limit: 100, lang: 'en' },
    })
  })

  it('names each parameter that is wrong, with its code, in both languages', () => {
    const result = read('on=2023-02-29&limit=0&offset=007&lang=fr&q=')
    expect(result.success).toBe(false)
    if (result.success) return
    expect(issuesIn(result.issues, 'en')).toEqual([
      { code: 'invalid_day', path: ['on'], message: 'on: expected a calendar day as YYYY-MM-DD.' },
      {
        code: 'invalid_count',
        path: ['limit'],
        message: 'limit: expected a whole number from 1 to 100.',
      },
      {
        code: 'invalid_count',
        path: ['offset'],
        message: 'offset: expected a whole number from 0 to 1000000.',
      },
      { code: 'invalid_language', path: ['lang'], message: 'lang: expected zh-CN or en.' },
      {
        code: 'invalid_text',
        path: ['q'],
        message: 'q: expected 1 to 100 characters: part of a name, or an organization id.',
      },
    ])
    expect(issuesIn(result.issues, 'zh-CN')[0]?.message).toBe(
      '参数 on 无效：应为格式为 YYYY-MM-DD 的日期。',
    )
  })

  it('refuses a parameter the address does not take, or one given twice', () => {
    const result = read('of=2024-01-01&on=2024-01-01&on=2024-01-02')
    expect(result.success === false && result.issues.map((issue) => issue.code)).toEqual([
      'unknown_parameter',
      'repeated_parameter',
    ])
  })

  it('takes an empty value as not given only when asked to, as page forms send them', () => {
    expect(read('on=&q=', true)).toEqual({ success: true, data: {} })
    expect(read('on=', false).success).toBe(false)
  })

  it('refuses numbers past their maxima without losing precision', () => {
    expect(read('offset=1000001').success).toBe(false)
    expect(read('offset=99999999999999999999').success).toBe(false)
    expect(read('limit=1e2').success).toBe(false)
  })
})
