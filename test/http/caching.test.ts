import { describe, expect, it } from 'vitest'
import { etagMatches } from '../../src/http/caching'

const matches = (header: string | undefined, etag: string) =>
  etagMatches(
    new Request('http://x/', header === undefined ? {} : { headers: { 'if-none-match': header } }),
    etag,
  )

describe('etagMatches', () => {
  it('matches a tag among several, weakly, and a star', () => {
    expect(matches(undefined, '"a"')).toBe(false)
    expect(matches('"a"', '"a"')).toBe(true)
    expect(matches('"b", W/"a"', '"a"')).toBe(true)
    expect(matches('*', '"a"')).toBe(true)
    expect(matches('"ab"', '"a"')).toBe(false)
    expect(matches('a', '"a"')).toBe(false)
  })
})
