import { describe, expect, it } from 'vitest'
import { parseCheckpoint, toBase64 } from '../../../src/proof'

// The example of the C2SP tlog-checkpoint specification.
const SPEC_EXAMPLE =
  'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n' +
  '\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n'
const SIGNATURES = SPEC_EXAMPLE.slice(SPEC_EXAMPLE.indexOf('\n\n'))
const ROOT = 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I='

const issuesOf = (body: string) => {
  const parsed = parseCheckpoint(body + SIGNATURES)
  return parsed.success ? [] : parsed.issues
}

describe('parseCheckpoint', () => {
  it('reads the example of the C2SP specification', () => {
    const parsed = parseCheckpoint(SPEC_EXAMPLE)
    expect(parsed.success).toBe(true)
    if (!parsed.success) return
    expect(parsed.data.origin).toBe('example.com/behind-the-sofa')
    expect(parsed.data.size).toBe(20852163)
    expect(toBase64(parsed.data.root)).toBe(ROOT)
    expect(parsed.data.extensions).toBeUndefined()
    expect(parsed.data.signatures).toHaveLength(1)
    expect(parsed.data.text).toBe(SPEC_EXAMPLE.slice(0, SPEC_EXAMPLE.indexOf('\n\n') + 1))
  })

  it('keeps extension lines', () => {
    const parsed = parseCheckpoint(`o\n5\n${ROOT}\nfirst\nsecond${SIGNATURES}`)
    expect(parsed.success && parsed.data.extensions).toEqual(['first', 'second'])
  })

  it.each([
    ['origin', `\n5\n${ROOT}`],
    ['size', `o\n05\n${ROOT}`],
    ['size', `o\n-1\n${ROOT}`],
    ['size', `o\n1.0\n${ROOT}`],
    ['size', `o\n+1\n${ROOT}`],
    ['size', `o\n 1\n${ROOT}`],
    ['size', `o\n\n${ROOT}`],
    ['size', `o\n99999999999999999999\n${ROOT}`],
    ['root', 'o\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I'],
    ['root', 'o\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J='],
    ['root', 'o\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jx'],
    ['root', 'o\n5'],
    ['extensions', `o\n5\n${ROOT}\n\nafter an empty line`],
  ])('finds a malformed %s', (field, body) => {
    expect(issuesOf(body)).toContainEqual(
      expect.objectContaining({
        code: 'malformed_checkpoint',
        path: expect.arrayContaining([field]),
      }),
    )
  })

  it('reports every malformed field at once', () => {
    expect(issuesOf('\nx\ny').map((issue) => issue.path[0])).toEqual(['origin', 'size', 'root'])
  })

  it('reports a broken envelope as malformed_note', () => {
    const parsed = parseCheckpoint(`o\n5\n${ROOT}\n`)
    expect(!parsed.success && parsed.issues[0]?.code).toBe('malformed_note')
  })
})
