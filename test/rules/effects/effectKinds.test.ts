import { describe, expect, it } from 'vitest'
import { isEntryType } from '../../../src/events'
import { effectSchema } from '../../../src/rules/effectSchema'
import { effectKinds } from '../../../src/rules/effects/effectKinds'

describe('effectKinds', () => {
  it('has a module for every kind the effect schema reads, and for no other', () => {
    const read = [...(effectSchema._zod.propValues.kind ?? [])].map(String)
    expect(Object.keys(effectKinds).sort()).toEqual(read.sort())
  })

  it('gives each entry type a proposal may append to one kind, whose words say it', () => {
    const proposed = Object.values(effectKinds).flatMap((module) => module.proposes)
    expect(proposed.every(isEntryType)).toBe(true)
    expect(new Set(proposed).size).toBe(proposed.length)
  })
})
