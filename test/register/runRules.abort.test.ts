import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cnPolicy } from '../../src/policies'
import { runRules } from '../../src/register'
import { entriesIn, registerLedger, registers } from './register'

const FROM = '2017-01-01'
const TO = '2022-06-30'

describe('runRules, aborted', () => {
  it('returns stopped with the state it started from when the signal aborted before it began, and writes nothing', async () => {
    const { ledger } = await registerLedger([
      { kind: 'foundation', registeredOn: '2016-05-01', reports: [], warnedOn: null },
    ])
    const head = await ledger.head()
    const run = await runRules(ledger, cnPolicy, {
      from: FROM,
      to: TO,
      signal: AbortSignal.abort(),
    })
    expect(run).toMatchObject({ stopped: true, days: [], counts: { sweeps: 0 } })
    expect(run.state).toMatchObject({ at: FROM, position: 0, organizations: {} })
    expect(await ledger.head()).toEqual(head)
  })

  it('aborted at any organization of any sweep, stops with a state that a second run completes to exactly the entries of an uninterrupted run', async () => {
    await fc.assert(
      fc.asyncProperty(registers(), fc.integer({ min: 1, max: 80 }), async (register, after) => {
        const whole = await registerLedger(register)
        await runRules(whole.ledger, cnPolicy, { from: FROM, to: TO })
        const { ledger, orgs } = await registerLedger(register)
        const stop = new AbortController()
        let progress = 0
        let kept = ''
        const first = await runRules(ledger, cnPolicy, {
          from: FROM,
          to: TO,
          signal: stop.signal,
          onProgress: () => {
            if (++progress === after) stop.abort()
          },
          onState: (state) => {
            kept = JSON.stringify(state)
          },
        })
        if (!first.stopped) return
        // Nothing is applied after the abort: the state returned is the last one handed over.
        expect(JSON.stringify(first.state)).toBe(kept || JSON.stringify(first.state))
        const head = (await ledger.head()).size
        expect(first.state.position).toBeLessThanOrEqual(head)
        const rest = await runRules(ledger, cnPolicy, {
          state: JSON.parse(JSON.stringify(first.state)),
          to: TO,
        })
        expect(rest.stopped).toBe(false)
        expect(await entriesIn(ledger, orgs)).toEqual(await entriesIn(whole.ledger, orgs))
      }),
      { numRuns: 20 },
    )
  }, 60_000)

  it('applies nothing when the signal aborts after a sweep that found proposals', async () => {
    const { ledger } = await registerLedger([
      {
        kind: 'social_group',
        registeredOn: '2016-03-01',
        reports: ['on_time', 'on_time', 'on_time', 'on_time', 'on_time'],
        warnedOn: '2021-06-15',
      },
    ])
    const stop = new AbortController()
    const head = await ledger.head()
    const run = await runRules(ledger, cnPolicy, {
      from: '2021-06-15',
      to: TO,
      signal: stop.signal,
      onProgress: () => stop.abort(),
    })
    expect(run.stopped).toBe(true)
    expect(run.counts).toMatchObject({ sweeps: 1, appended: 0 })
    expect(run.state).toMatchObject({ at: '2021-06-15', position: 0, organizations: {} })
    expect(await ledger.head()).toEqual(head)
  })
})
