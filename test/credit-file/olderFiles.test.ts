import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file/creditFileOf'
import { emptyCreditFile } from '../../src/credit-file/emptyCreditFile'
import { evolve } from '../../src/credit-file/evolve'
import { obligations } from '../../src/disclosure'
import type { Entry } from '../../src/events/catalogue'
import { cnPolicy } from '../../src/policies'
import { dutyHistory, evaluate, nextChange } from '../../src/rules'
import { at, history } from './history'

// A file saved by an older version lacks the sections added since; every function that takes a
// file refuses it with INVALID_INPUT naming the section, never a TypeError inside a step.

const entries = history(at('2020-01-06', 'OrganizationRegistered'), at('2021-05-20', 'Commended'))
const sectionNames = Object.entries(emptyCreditFile(null, null))
  .filter(([, value]) => typeof value === 'object' && value !== null)
  .map(([key]) => key)

function without(section: string) {
  const file: Record<string, unknown> = { ...creditFileOf(entries.slice(0, 1)) }
  delete file[section]
  return file as never
}

const refusal = (section: string) =>
  expect.objectContaining({
    code: 'INVALID_INPUT',
    issues: expect.arrayContaining([expect.objectContaining({ path: ['file', section] })]),
  })

describe('a credit file saved before a section existed', () => {
  it.each(sectionNames)('is refused by evolve, naming %s', (section) => {
    expect(() => evolve(without(section), entries[1] as Entry, entries.slice(0, 1))).toThrow(
      refusal(section),
    )
  })

  it.each(sectionNames)('is refused by the rules, naming %s', (section) => {
    const options = { at: '2021-06-01' }
    expect(() => evaluate(cnPolicy, without(section), options)).toThrow(refusal(section))
    expect(() => dutyHistory(cnPolicy, without(section), options)).toThrow(refusal(section))
    expect(() => obligations(cnPolicy, without(section), options)).toThrow(refusal(section))
    expect(() => nextChange(cnPolicy, without(section), { from: '2021-06-01' })).toThrow(
      refusal(section),
    )
  })
})
