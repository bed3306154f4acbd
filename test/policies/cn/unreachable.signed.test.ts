import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLedger } from '../../../src/createLedger'
import type { EntryInput } from '../../../src/ledger/entryInput'
import { cnPolicy } from '../../../src/policies'
import { evaluate } from '../../../src/rules/evaluate'
import { sweep } from '../../../src/rules/sweep'
import { memoryStore } from '../../../src/store'
import type { GivenEntry } from '../../../src/testing'
import { addDaysIso, fixedClock } from '../../../src/time'
import { GROUP, registration } from '../../ledger/fixtures'
import { only, registered, specOf } from '../history'

const REGISTRAR = '上海市浦东新区民政局'
const DOMICILE = '上海市浦东新区世纪大道1200号'
const founded = registered('2019-03-01')

/** A special letter to the registered address sent on `on`, signed for on `signedOn` if given. */
const letter = (on: string, signedOn?: string): GivenEntry => ({
  type: 'NoticeServed',
  effectiveAt: on,
  ...(signedOn === undefined ? {} : { recordedAt: `${signedOn}T10:00:00+08:00` }),
  data: {
    channel: 'special_letter',
    purpose: 'contact',
    address: DOMICILE,
    atRegisteredAddress: true,
    department: REGISTRAR,
    ...(signedOn === undefined ? { signedFor: false } : { signedFor: true, signedOn }),
  },
})

/** The correction, recorded on `on`, that letter `amends` was signed for on `signedOn` after all. */
const signedAfterAll = (on: string, amends: number, signedOn: string): GivenEntry => ({
  type: 'EntryCorrected',
  effectiveAt: on,
  amends,
  data: { fields: { signedFor: true, signedOn }, reason: '邮政回执显示已签收' },
})

describe('AB-06 and letters signed for', () => {
  const spec = specOf('AB-06', cnPolicy)

  it('near miss (AB-06): a first letter signed for after the second was sent does not count, even before its signing day', () => {
    spec
      .given(founded, letter('2024-03-01', '2024-04-02'), letter('2024-03-21'))
      .when({ at: '2024-03-21' })
      .thenNothing()
  })

  it('near miss (AB-06): a letter corrected to signed for no longer counts on the days before its signing day', () => {
    spec
      .given(
        founded,
        letter('2024-03-01'),
        letter('2024-03-21'),
        signedAfterAll('2024-05-10', 1, '2024-04-02'),
      )
      .when({ at: '2024-03-25' })
      .thenNothing()
  })

  it('near miss (AB-06): a letter corrected to signed for does not count from its signing day on', () => {
    spec
      .given(
        founded,
        letter('2024-03-01'),
        letter('2024-03-21'),
        signedAfterAll('2024-05-10', 1, '2024-04-02'),
      )
      .when({ at: '2024-04-02' })
      .thenNothing()
  })

  it('still lists on the two letters while the correction is not yet known', async () => {
    const clock = fixedClock('2024-03-22T01:00:00Z')
    const ledger = createLedger({ store: memoryStore(), clock })
    await ledger.append([registration(GROUP), ...unsignedLetters()])
    clock.set('2024-05-10T01:00:00Z')
    await ledger.append(correction(1, '2024-04-02'))
    const policy = only('AB-06', cnPolicy)
    const then = await ledger.creditFile(GROUP, {
      asOf: '2024-03-22',
      knownAt: '2024-03-22T01:00:00Z',
    })
    expect(evaluate(policy, then, { at: '2024-03-22' }).map((d) => d.rule)).toEqual(['AB-06'])
    const now = await ledger.creditFile(GROUP, { asOf: '2024-03-22' })
    expect(evaluate(policy, now, { at: '2024-03-22' })).toEqual([])
  })

  it('lists on no past day, in a sweep run once the correction is recorded', async () => {
    const clock = fixedClock('2024-03-22T01:00:00Z')
    const ledger = createLedger({ store: memoryStore(), clock })
    await ledger.append([registration(GROUP), ...unsignedLetters()])
    clock.set('2024-05-10T01:00:00Z')
    await ledger.append(correction(1, '2024-04-02'))
    const policy = only('AB-06', cnPolicy)
    const listed: string[] = []
    for (let day = '2024-03-01'; day <= '2024-05-31'; day = addDaysIso(day, 1)) {
      const swept = await sweep(ledger, policy, { at: day })
      if (swept.decisions.length > 0) listed.push(day)
    }
    expect(listed).toEqual([])
  })

  it('never rests a listing on a letter signed for, whenever it was signed', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => addDaysIso('2024-03-01', n))
    const sent = fc.record({ on: day, signedAfter: fc.option(fc.nat(90), { nil: undefined }) })
    fc.assert(
      fc.property(fc.array(sent, { minLength: 2, maxLength: 6 }), day, (letters, at) => {
        const given = letters.map(({ on, signedAfter }) =>
          letter(on, signedAfter === undefined ? undefined : addDaysIso(on, signedAfter)),
        )
        const { decisions } = spec.given(founded, ...given).when({ at })
        for (const decision of decisions) {
          for (const seq of decision.inputs) {
            expect(letters[seq - 1]?.signedAfter).toBeUndefined()
          }
        }
      }),
      { numRuns: 80 },
    )
  })
})

function unsignedLetters(): EntryInput[] {
  return ['2024-03-01', '2024-03-21'].map((on) => ({
    org: GROUP,
    type: 'NoticeServed',
    effectiveAt: on,
    by: '上海市金山区民政局',
    data: {
      channel: 'special_letter',
      purpose: 'contact',
      address: '上海市金山区金山卫镇卫通路1号',
      atRegisteredAddress: true,
      signedFor: false,
      department: '上海市金山区民政局',
    },
  }))
}

function correction(amends: number, signedOn: string): EntryInput {
  return {
    org: GROUP,
    type: 'EntryCorrected',
    effectiveAt: '2024-05-10',
    by: '上海市金山区民政局',
    amends,
    data: { fields: { signedFor: true, signedOn }, reason: '邮政回执显示已签收' },
  }
}
