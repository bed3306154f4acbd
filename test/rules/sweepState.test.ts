import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import { sameDecisions } from '../../src/rules/sameDecisions'
import { sweep } from '../../src/rules/sweep'
import { checkSweepState } from '../../src/rules/sweepState'
import { sampleOrganizationId } from '../../src/testing/sampleOrganizationId'
import { examplePolicy } from './fixtures'
import { mangled } from './mangle'
import { REGISTRAR, town } from './sweepTown'

const policy = examplePolicy()

async function rejection(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => undefined,
    (error: unknown) => error,
  )
}

describe('sweepStateSchema', () => {
  it('a state survives JSON, and a sweep from the parsed copy decides as one from the original', async () => {
    const { ledger, source } = await town(30)
    const first = await sweep(source, policy, { at: '2023-06-01' })
    const parsed = JSON.parse(JSON.stringify(first.state))
    expect(parsed).toEqual(first.state)
    await ledger.append({
      org: sampleOrganizationId(4),
      type: 'ListedOnAbnormalList',
      effectiveAt: '2023-06-05',
      by: REGISTRAR,
      data: { reason: 'warning_or_small_fine', department: REGISTRAR },
    })
    const fromOriginal = await sweep(source, policy, { at: '2023-06-10', state: first.state })
    const fromParsed = await sweep(source, policy, { at: '2023-06-10', state: parsed })
    expect(fromParsed.evaluated).toEqual(fromOriginal.evaluated)
    expect(fromParsed.evaluated.length).toBeLessThan(30)
    expect(sameDecisions(fromParsed.decisions, fromOriginal.decisions)).toBe(true)
    expect(fromParsed.state).toEqual(fromOriginal.state)
  })

  it('refuses a state whose organizations were a Map, as JSON saved them, naming the field', async () => {
    const { source } = await town(5)
    const { state } = await sweep(source, policy, { at: '2023-06-01' })
    const saved = JSON.parse(JSON.stringify({ ...state, organizations: new Map() }))
    const error = await rejection(() => sweep(source, policy, { at: '2023-06-02', state: saved }))
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
    expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual([
      'state',
      'organizations',
    ])
  })

  it('refuses anything that is not a state with INVALID_INPUT under state, never a TypeError', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true }), (value) => {
        try {
          checkSweepState(value, ['state'])
        } catch (error) {
          expect(isLedgerError(error) && error.code === 'INVALID_INPUT').toBe(true)
          expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path[0]).toBe('state')
        }
      }),
      { numRuns: 300 },
    )
  })

  it('a real state mangled at any one place is refused naming a path in it, or sweeps as any state does', async () => {
    const { source } = await town(8)
    const { state } = await sweep(source, policy, { at: '2023-06-01' })
    const json = JSON.parse(JSON.stringify(state))
    await fc.assert(
      fc.asyncProperty(mangled(json), async (bad) => {
        const error = await rejection(() =>
          sweep(source, policy, { at: '2023-06-02', state: bad as never }),
        )
        if (error === undefined) return
        expect(isLedgerError(error), String(error)).toBe(true)
        const { code, issues } = error as { code: string; issues: { path: unknown[] }[] }
        expect(code).toBe('INVALID_INPUT')
        expect(issues[0]?.path[0]).toBe('state')
      }),
      { numRuns: 300 },
    )
  })
})
