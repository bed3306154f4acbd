import { describe, expect, it } from 'vitest'
import { cnPolicy } from '../../src/policies'
import { runRules } from '../../src/register'
import type { SweepState } from '../../src/rules/sweepState'
import { registerLedger } from './register'

// One social group registered in 2016 that files every report on time and is warned on
// 2021-06-15: the pack lists it that day (AB-05) and ends the listing six months on (AB-11).
const warned = [
  {
    kind: 'social_group',
    registeredOn: '2016-03-01',
    reports: ['on_time', 'on_time', 'on_time', 'on_time', 'on_time', 'on_time', 'on_time'],
    warnedOn: '2021-06-15',
  },
] as const

describe('runRules', () => {
  it('applies the automatic proposals on the days they arise, each citing its rule, the policy hash and its inputs', async () => {
    const { ledger } = await registerLedger(warned)
    const run = await runRules(ledger, cnPolicy, { from: '2021-01-01', to: '2022-06-30' })
    expect(run.stopped).toBe(false)
    expect(run.state.at).toBe('2022-06-30')
    expect(run.days.map((day) => day.at)).toEqual(['2021-06-15', '2021-12-16'])
    const [listed, removed] = run.days.flatMap((day) => day.appended)
    expect(listed?.decision).toMatchObject({ rule: 'AB-05', policy: cnPolicy.hash })
    expect(listed?.entries[0]).toMatchObject({
      type: 'ListedOnAbnormalList',
      effectiveAt: '2021-06-15',
      cause: { rule: 'AB-05', policy: cnPolicy.hash, inputs: listed?.decision.inputs },
    })
    expect(removed?.entries[0]).toMatchObject({
      type: 'RemovedFromAbnormalList',
      amends: listed?.entries[0]?.seq,
      cause: { rule: 'AB-11' },
    })
    expect(run.counts).toMatchObject({ appended: 2, alreadyApplied: 0, rejected: 0 })
  })

  it('hands over a state after each round, and a run from the last one kept writes nothing more', async () => {
    const { ledger } = await registerLedger(warned)
    const kept: string[] = []
    const run = await runRules(ledger, cnPolicy, {
      from: '2021-01-01',
      to: '2022-06-30',
      onState: (state) => {
        kept.push(JSON.stringify(state))
      },
    })
    expect(kept.length).toBe(run.counts.sweeps)
    expect(JSON.parse(kept.at(-1) as string)).toEqual(run.state)
    const head = await ledger.head()
    const again = await runRules(ledger, cnPolicy, {
      state: JSON.parse(kept.at(-1) as string) as SweepState,
      to: '2022-06-30',
    })
    expect(again.days).toEqual([])
    expect(again.counts).toMatchObject({ sweeps: 1, evaluated: 0, appended: 0 })
    expect((await ledger.head()).size).toBe(head.size)
  })

  it('reports progress: the day swept, organizations done and how many that sweep revisits', async () => {
    const { ledger } = await registerLedger([...warned, ...warned])
    const seen: string[] = []
    await runRules(ledger, cnPolicy, {
      from: '2021-01-01',
      to: '2021-06-15',
      onProgress: ({ at, done, total }) => seen.push(`${at} ${done}/${total}`),
    })
    expect(seen.slice(0, 2)).toEqual(['2021-01-01 1/2', '2021-01-01 2/2'])
    expect(seen).toContain('2021-06-15 2/2')
  })

  it('starts afresh, over the whole register, from a state another policy left', async () => {
    const { ledger } = await registerLedger([...warned, ...warned])
    const first = await runRules(ledger, cnPolicy, { from: '2021-01-01', to: '2021-03-01' })
    const foreign = { ...first.state, policy: '0'.repeat(64) }
    const run = await runRules(ledger, cnPolicy, { state: foreign, to: '2021-03-01' })
    expect(run.counts.evaluated).toBe(2)
    expect(run.state.policy).toBe(cnPolicy.hash)
  })
})
