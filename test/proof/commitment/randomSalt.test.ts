import { describe, expect, it } from 'vitest'
import { randomSalt, toHex } from '../../../src/proof'

describe('randomSalt', () => {
  it('gives 16 bytes, different each time', () => {
    const salts = new Set(Array.from({ length: 100 }, () => toHex(randomSalt())))
    expect(salts.size).toBe(100)
    expect(randomSalt()).toHaveLength(16)
  })
})
