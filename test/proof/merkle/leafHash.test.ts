import { describe, expect, it } from 'vitest'
import { leafHash, toHex } from '../../../src/proof'
import { hex, REFERENCE_INPUTS } from './reference'

describe('leafHash', () => {
  it('hashes the empty entry as SHA-256 of the single byte 0x00', () => {
    expect(toHex(leafHash(new Uint8Array(0)))).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    )
  })

  it('gives the leaf hashes of the RFC 6962 reference tree', () => {
    expect(toHex(leafHash(REFERENCE_INPUTS[1] as Uint8Array))).toBe(
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    )
    expect(toHex(leafHash(REFERENCE_INPUTS[7] as Uint8Array))).toBe(
      '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
    )
  })

  it('differs from the plain SHA-256 of the same bytes', () => {
    expect(toHex(leafHash(hex('')))).not.toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
  })
})
