import { describe, expect, it } from 'vitest'
import { checkpointText, fromBase64 } from '../../../src/proof'

const ROOT = fromBase64('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=')
const invalidInput = expect.objectContaining({ code: 'INVALID_INPUT' })

describe('checkpointText', () => {
  it('writes origin, decimal size and base64 root, each on its own line', () => {
    expect(
      checkpointText({ origin: 'example.com/behind-the-sofa', size: 20852163, root: ROOT }),
    ).toBe('example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n')
  })

  it('writes extension lines after the root hash', () => {
    const text = checkpointText({ origin: 'o', size: 0, root: ROOT, extensions: ['a b', 'c'] })
    expect(text).toBe('o\n0\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\na b\nc\n')
  })

  it('refuses a field that has no checkpoint form', () => {
    const good = { origin: 'o', size: 1, root: ROOT }
    for (const bad of [
      { ...good, origin: '' },
      { ...good, origin: 'two\nlines' },
      { ...good, origin: 'nul\u0000' },
      { ...good, size: -1 },
      { ...good, size: 1.5 },
      { ...good, size: 2 ** 53 },
      { ...good, root: ROOT.subarray(1) },
      { ...good, extensions: [''] },
      { ...good, extensions: ['x\ny'] },
    ]) {
      expect(() => checkpointText(bad)).toThrow(invalidInput)
    }
  })
})
