import { describe, expect, it } from 'vitest'
import { MAX_SIGNATURES, parseNote } from '../../../src/proof/note/parseNote'
import { PETER_NOTE, PETER_TEXT } from './goVectors'

const SIG =
  'x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM='

const issuesOf = (note: string) => {
  const parsed = parseNote(note)
  return parsed.success ? [] : parsed.issues
}

describe('parseNote', () => {
  it('splits the published example into its text and one signature line', () => {
    const parsed = parseNote(PETER_NOTE)
    expect(parsed.success).toBe(true)
    if (!parsed.success) return
    expect(parsed.data.text).toBe(PETER_TEXT)
    expect(parsed.data.signatures).toHaveLength(1)
    expect(parsed.data.signatures[0]).toMatchObject({ name: 'PeterNeumann', keyId: 0xc74f20a3 })
    expect(parsed.data.signatures[0]?.signature).toHaveLength(64)
  })

  it('takes the text up to the last blank line, so the text may hold blank lines', () => {
    const parsed = parseNote(`a\n\nb\n\n\u2014 k ${SIG}\n`)
    expect(parsed.success && parsed.data.text).toBe('a\n\nb\n')
  })

  it.each([
    ['no blank line', `${PETER_TEXT}\u2014 PeterNeumann ${SIG}\n`],
    ['no signature line', `${PETER_TEXT}\n`],
    ['no final newline', PETER_NOTE.slice(0, -1)],
    ['a hyphen for the em dash', `${PETER_TEXT}\n- PeterNeumann ${SIG}\n`],
    ['no space after the dash', `${PETER_TEXT}\n\u2014PeterNeumann ${SIG}\n`],
    ['no signature after the name', `${PETER_TEXT}\n\u2014 PeterNeumann\n`],
    ['two spaces before the signature', `${PETER_TEXT}\n\u2014 PeterNeumann  ${SIG}\n`],
    ['a plus in the key name', `${PETER_TEXT}\n\u2014 Peter+Neumann ${SIG}\n`],
    ['a signature that is not base64', `${PETER_TEXT}\n\u2014 PeterNeumann ${SIG}!\n`],
    ['a signature of four bytes', `${PETER_TEXT}\n\u2014 PeterNeumann AAAAAA==\n`],
    ['a carriage return', PETER_NOTE.replace('\n', '\r\n')],
    ['a tab', PETER_NOTE.replace(' ', '\t')],
    ['a NUL', PETER_NOTE.replace('you', 'y\u0000u')],
    ['a lone surrogate', PETER_NOTE.replace('you', 'y\ud800u')],
    ['a blank line after the signatures', `${PETER_NOTE}\n`],
  ])('finds a note with %s malformed', (_, note) => {
    expect(issuesOf(note)[0]).toMatchObject({ code: 'malformed_note' })
  })

  it('points at the signature line that is malformed', () => {
    const note = `${PETER_TEXT}\n\u2014 PeterNeumann ${SIG}\n\u2014 other not*base64\n`
    expect(issuesOf(note)).toEqual([expect.objectContaining({ path: ['signatures', 1] })])
  })

  it(`refuses more than ${MAX_SIGNATURES} signature lines`, () => {
    const line = `\u2014 PeterNeumann ${SIG}\n`
    expect(parseNote(`${PETER_TEXT}\n${line.repeat(MAX_SIGNATURES)}`).success).toBe(true)
    expect(issuesOf(`${PETER_TEXT}\n${line.repeat(MAX_SIGNATURES + 1)}`)[0]).toMatchObject({
      code: 'malformed_note',
      path: ['signatures'],
    })
  })

  it('answers with an issue, not a throw, for something that is not a string', () => {
    expect(parseNote(42 as unknown as string).success).toBe(false)
  })
})
