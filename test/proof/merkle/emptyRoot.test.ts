import { describe, expect, it } from 'vitest'
import { emptyRoot, rootHash, toHex } from '../../../src/proof'

describe('emptyRoot', () => {
  it('is SHA-256 of no bytes, the root of the tree with no leaves', () => {
    expect(toHex(emptyRoot())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    expect(toHex(rootHash([]))).toBe(toHex(emptyRoot()))
  })
})
