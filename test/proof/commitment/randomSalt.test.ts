import { describe, expect, it } from 'vitest'
import { randomSalt, randomSalts, toHex } from '../../../src/proof'

describe('randomSalt', () => {
  it('gives 16 bytes, different each time', () => {
    const salts = new Set(Array.from({ length: 100 }, () => toHex(randomSalt())))
    expect(salts.size).toBe(100)
    expect(randomSalt()).toHaveLength(16)
  })
})

describe('randomSalts', () => {
  it('gives the number of 16-byte salts asked for, all different, across the 64 KiB fill limit', () => {
    const salts = randomSalts(5000)
    expect(salts).toHaveLength(5000)
    expect(salts.every((salt) => salt.length === 16)).toBe(true)
    expect(new Set(salts.map(toHex)).size).toBe(5000)
    // The last salts come from a second fill: they are not left as zeros.
    expect(salts.slice(-100).some((salt) => salt.some((byte) => byte !== 0))).toBe(true)
  })

  it('gives nothing for a count of zero', () => {
    expect(randomSalts(0)).toEqual([])
  })
})
