import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entryTypes, isEntryType } from '../../src/events/catalogue'
import { entryTypeNames, isEntryTypeName } from '../../src/events/entryTypeNames'

describe('entryTypeNames', () => {
  it('names exactly the types of the catalogue', () => {
    expect([...entryTypeNames].sort()).toEqual(Object.keys(entryTypes).sort())
  })

  it('answers as isEntryType does, for names and for anything else', () => {
    for (const name of [...entryTypeNames, 'toString', '__proto__', 'constructor', '']) {
      expect(isEntryTypeName(name)).toBe(isEntryType(name))
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isEntryTypeName(value)).toBe(typeof value === 'string' && isEntryType(value))
      }),
    )
  })
})
