import { describe, expect, it } from 'vitest'
import { pageOptions } from '../../src/adapters/pageOptions'
import { isLedgerError } from '../../src/errors'

describe('pageOptions', () => {
  it('fills in the defaults', () => {
    expect(pageOptions(undefined)).toEqual({
      from: 0,
      pageSize: 1000,
      pollMs: 50,
      signal: undefined,
    })
  })

  it('refuses positions and sizes that are not whole numbers in range, as INVALID_INPUT', () => {
    for (const bad of [
      { from: -1 },
      { from: 1.5 },
      { pageSize: 0 },
      { pollMs: 0 },
      { from: '1; DROP' },
    ]) {
      let thrown: unknown
      try {
        pageOptions(bad as never)
      } catch (error) {
        thrown = error
      }
      expect(isLedgerError(thrown) && thrown.code).toBe('INVALID_INPUT')
    }
  })
})
