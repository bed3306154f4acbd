import { describe, expect, it } from 'vitest'
import { prefersJson } from '../../src/http/accepts'

const asking = (accept?: string) =>
  prefersJson(new Request('http://x/', accept === undefined ? {} : { headers: { accept } }))

describe('prefersJson', () => {
  it('answers JSON only to a request that names it and weighs it no lower than text', () => {
    expect(asking()).toBe(false)
    expect(asking('*/*')).toBe(false)
    expect(asking('text/plain')).toBe(false)
    expect(asking('application/json')).toBe(true)
    expect(asking('application/json, */*;q=0.8')).toBe(true)
    expect(asking('application/*')).toBe(true)
    expect(asking('text/plain, application/json;q=0.5')).toBe(false)
    expect(asking('application/json;q=0')).toBe(false)
    expect(asking('application/json;q=nonsense')).toBe(false)
  })
})
