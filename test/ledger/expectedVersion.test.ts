import { describe, expect, it } from 'vitest'
import { expectationFor, versionConflict } from '../../src/ledger/expectedVersion'

describe('versionConflict', () => {
  it('accepts anything when the caller expects any version', () => {
    expect(versionConflict('A', 'any', 0)).toBeUndefined()
    expect(versionConflict('A', 'any', 7)).toBeUndefined()
  })

  it('accepts no_stream only for a stream that does not exist yet', () => {
    expect(versionConflict('A', 'no_stream', 0)).toBeUndefined()
    expect(versionConflict('A', 'no_stream', 1)?.message).toBe(
      'A: expected no stream yet but the stream is at version 1',
    )
  })

  it('accepts stream_exists only for a stream with at least one entry', () => {
    expect(versionConflict('A', 'stream_exists', 3)).toBeUndefined()
    expect(versionConflict('A', 'stream_exists', 0)?.code).toBe('version_conflict')
  })

  it('accepts an exact version only when the stream is at that version', () => {
    expect(versionConflict('A', 4, 4)).toBeUndefined()
    expect(versionConflict('A', 4, 5)).toEqual({
      code: 'version_conflict',
      path: ['expectedVersion'],
      message: 'A: expected version 4 but the stream is at version 5',
    })
  })
})

describe('expectationFor', () => {
  it('applies one expectation to every stream and a record per organization', () => {
    expect(expectationFor(undefined, 'A')).toBe('any')
    expect(expectationFor(3, 'A')).toBe(3)
    expect(expectationFor({ A: 'no_stream' }, 'A')).toBe('no_stream')
    expect(expectationFor({ A: 'no_stream' }, 'B')).toBe('any')
  })
})
