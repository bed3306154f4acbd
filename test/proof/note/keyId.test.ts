import { describe, expect, it } from 'vitest'
import { fromBase64, keyId } from '../../../src/proof'
import { FOO_VKEY, PETER_VKEY } from './goVectors'

const publicKeyOf = (vkey: string): Uint8Array => fromBase64(vkey.split('+')[2] ?? '').slice(1)

describe('keyId', () => {
  it('gives the key IDs of the published example verifier keys', () => {
    expect(keyId('PeterNeumann', publicKeyOf(PETER_VKEY))).toBe(0xc74f20a3)
    expect(keyId('example.com/foo', publicKeyOf(FOO_VKEY))).toBe(0x530d903a)
  })

  it('changes with the key name', () => {
    expect(keyId('PeterNeumann2', publicKeyOf(PETER_VKEY))).not.toBe(0xc74f20a3)
  })
})
