import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import { cnPolicy } from '../../src/policies'
import { runRules } from '../../src/register'
import { mangled } from '../rules/mangle'
import { registerLedger } from './register'

const anything = fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true })
const one = [
  { kind: 'social_group', registeredOn: '2016-03-01', reports: [], warnedOn: '2019-04-01' },
] as const

async function refusal(call: () => Promise<unknown>): Promise<{ code: string; path: unknown[] }> {
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!isLedgerError(error)) throw new Error(`expected a LedgerError, got ${String(error)}`)
  return { code: error.code, path: [...(error.issues[0]?.path ?? [])] }
}

describe('runRules, given bad arguments', () => {
  it('refuses each bad option with INVALID_INPUT naming it', async () => {
    const { ledger } = await registerLedger(one)
    const run = (options: object) => refusal(() => runRules(ledger, cnPolicy, options as never))
    const invalid = (...path: string[]) => ({ code: 'INVALID_INPUT', path })
    expect(await run({ from: '2021-01-01' })).toEqual(invalid('options', 'to'))
    expect(await run({ from: '2021-02-30', to: '2022-01-01' })).toEqual(invalid('options', 'from'))
    expect(await run({ to: '2022-01-01' })).toEqual(invalid('options', 'from'))
    expect(await run({ from: '2022-01-02', to: '2022-01-01' })).toEqual(invalid('options', 'to'))
    const dates = { from: '2021-01-01', to: '2022-01-01' }
    expect(await run({ ...dates, signal: { aborted: 'no' } })).toEqual(invalid('options', 'signal'))
    expect(await run({ ...dates, onState: 'save' })).toEqual(invalid('options', 'onState'))
    expect(await run({ ...dates, onProgress: 1 })).toEqual(invalid('options', 'onProgress'))
    expect(await run({ ...dates, state: new Map() })).toEqual(invalid('options', 'state', 'policy'))
    expect(
      await refusal(() => runRules(ledger, { ...cnPolicy, rules: 1 } as never, dates)),
    ).toEqual(invalid('policy', 'rules'))
    expect(await refusal(() => runRules({} as never, cnPolicy, dates))).toEqual(invalid('ledger'))
  })

  it('answers any ledger, policy or options with a coded LedgerError, never a TypeError, and writes nothing', async () => {
    const { ledger } = await registerLedger(one)
    const head = await ledger.head()
    const dates = { from: '2021-01-01', to: '2021-02-01' }
    await fc.assert(
      fc.asyncProperty(anything, async (value) => {
        expect((await refusal(() => runRules(ledger, cnPolicy, value as never))).code).toBe(
          'INVALID_INPUT',
        )
        expect((await refusal(() => runRules(ledger, value as never, dates))).code).toBe(
          'INVALID_INPUT',
        )
        expect((await refusal(() => runRules(value as never, cnPolicy, dates))).code).toBe(
          'INVALID_INPUT',
        )
        // No state at all is a first run; anything else must be a state.
        if (value === undefined) return
        const state = await refusal(() =>
          runRules(ledger, cnPolicy, { ...dates, state: value as never }),
        )
        expect(state.code).toBe('INVALID_INPUT')
        expect(state.path.slice(0, 2)).toEqual(['options', 'state'])
      }),
      { numRuns: 100 },
    )
    expect(await ledger.head()).toEqual(head)
  })

  it('refuses a kept state mangled at any one place naming a path in it, or runs from it', async () => {
    const { ledger } = await registerLedger(one)
    const kept = await runRules(ledger, cnPolicy, { from: '2019-01-01', to: '2020-01-01' })
    const json = JSON.parse(JSON.stringify(kept.state))
    await fc.assert(
      fc.asyncProperty(mangled(json), async (state) => {
        const outcome = await runRules(ledger, cnPolicy, {
          state: state as never,
          from: '2019-01-01',
          to: '2020-06-01',
        }).then(
          () => undefined,
          (e: unknown) => e,
        )
        if (outcome === undefined) return
        expect(isLedgerError(outcome), String(outcome)).toBe(true)
        const { code, issues } = outcome as { code: string; issues: { path: unknown[] }[] }
        expect(code).toBe('INVALID_INPUT')
        expect(issues[0]?.path.slice(0, 2)).toEqual(['options', 'state'])
      }),
      { numRuns: 200 },
    )
  })
})
