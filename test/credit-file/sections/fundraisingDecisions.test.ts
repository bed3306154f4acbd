import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file/creditFileOf'
import { evolve } from '../../../src/credit-file/evolve'
import type { Entry } from '../../../src/events/catalogue'
import { at, history } from '../history'

const registered = at('2018-03-01', 'OrganizationRegistered')
const applied = (on: string) => at(on, 'PublicFundraisingApplied')
const granted = (on: string) => at(on, 'PublicFundraisingQualificationGranted')

function evolveAll(entries: readonly Entry[]) {
  let file = creditFileOf([])
  entries.forEach((entry, index) => {
    file = evolve(file, entry, entries.slice(0, index))
  })
  return file
}

describe('CH-02 decisions in the fundraising sections', () => {
  it('decides an application back-filled after a grant of its own day by that grant', () => {
    const file = creditFileOf(history(registered, granted('2025-03-20'), applied('2025-03-20')))
    expect(file.fundraisingApplications).toMatchObject([
      { seq: 2, decision: 'granted', decidedOn: '2025-03-20', decisionSeq: 1 },
    ])
    expect(file.fundraisingGrants).toEqual([{ seq: 1, on: '2025-03-20', application: 2 }])
  })

  it('leaves an application filed after an earlier grant undecided, the near miss of a back-fill', () => {
    const file = creditFileOf(history(registered, granted('2025-03-19'), applied('2025-03-20')))
    expect(file.fundraisingApplications[0]).toMatchObject({ decision: null, decisionSeq: null })
    expect(file.fundraisingGrants).toEqual([{ seq: 1, on: '2025-03-19', application: null }])
  })

  it('keeps the first refusal of an application when a second one follows', () => {
    const file = creditFileOf(
      history(
        registered,
        applied('2025-03-03'),
        at('2025-03-10', 'PublicFundraisingRefused', { amends: 1 }),
        at('2025-03-12', 'PublicFundraisingRefused', { amends: 1 }),
      ),
    )
    expect(file.fundraisingApplications[0]).toMatchObject({
      decision: 'refused',
      decidedOn: '2025-03-10',
      decisionSeq: 2,
    })
  })

  it('keeps a grant of an application when a refusal of it follows', () => {
    const file = creditFileOf(
      history(
        registered,
        applied('2025-03-03'),
        granted('2025-03-10'),
        at('2025-03-12', 'PublicFundraisingRefused', { amends: 1 }),
      ),
    )
    expect(file.fundraisingApplications[0]).toMatchObject({
      decision: 'granted',
      decidedOn: '2025-03-10',
      decisionSeq: 2,
    })
  })

  it('decides the same applications whatever the order of the entries of one day, and evolve agrees', () => {
    const days = ['2025-03-03', '2025-03-04', '2025-03-05']
    const step = fc.record({
      type: fc.constantFrom(
        'PublicFundraisingApplied' as const,
        'PublicFundraisingQualificationGranted' as const,
      ),
      on: fc.constantFrom(...days),
    })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), fc.func(fc.nat()), (steps, rank) => {
        // One application per day, so a grant has one application of its day to decide.
        const seen = new Set<string>()
        const kept = steps.filter(
          (item) =>
            item.type !== 'PublicFundraisingApplied' || (!seen.has(item.on) && !!seen.add(item.on)),
        )
        const shuffled = [...kept].sort((a, b) => rank(a) - rank(b))
        const decisions = (order: typeof kept) => {
          const entries = history(registered, ...order.map((item) => at(item.on, item.type)))
          const file = creditFileOf(entries)
          expect(evolveAll(entries)).toEqual(file)
          return file.fundraisingApplications.map((item) => [item.filedOn, item.decidedOn])
        }
        const byDay = (a: (string | null)[], b: (string | null)[]) =>
          (a[0] as string) < (b[0] as string) ? -1 : 1
        expect(decisions(shuffled).sort(byDay)).toEqual(decisions(kept).sort(byDay))
      }),
      { numRuns: 200 },
    )
  })
})
