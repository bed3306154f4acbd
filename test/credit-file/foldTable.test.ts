import { describe, expect, it } from 'vitest'
import { foldTable } from '../../src/credit-file/foldTable'
import { entryTypes } from '../../src/events/catalogue'

describe('foldTable', () => {
  it('has a fold for exactly the built-in entry types', () => {
    expect(Object.keys(foldTable).sort()).toEqual(Object.keys(entryTypes).sort())
  })

  it('holds a function for every type', () => {
    for (const fold of Object.values(foldTable)) expect(fold).toBeTypeOf('function')
  })
})
