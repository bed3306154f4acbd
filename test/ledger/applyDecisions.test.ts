import { describe, expect, it } from 'vitest'
import { applyDecisions, decisionKey } from '../../src/ledger/applyDecisions'
import type { EntryInput } from '../../src/ledger/entryInput'
import { evaluate } from '../../src/rules/evaluate'
import { examplePolicy } from '../rules/fixtures'
import { GROUP, newLedger, registration, snapshot, warning } from './fixtures'

const policy = examplePolicy()
const listed: EntryInput = {
  org: GROUP,
  type: 'ListedOnAbnormalList',
  effectiveAt: '2021-06-01',
  by: '上海市金山区民政局',
  data: { reason: 'annual_report_missing', department: '上海市金山区民政局' },
}

async function listedTwoYears() {
  const { ledger, store } = newLedger()
  await ledger.append([registration(GROUP, '2019-03-01'), listed])
  const at = '2023-06-02'
  const decisions = evaluate(policy, await ledger.creditFile(GROUP, { asOf: at }), { at })
  return { ledger, store, decisions, at }
}

describe('applyDecisions', () => {
  it('appends the automatic proposals with their cause, and passes entitlements and obligations by', async () => {
    const { ledger, decisions } = await listedTwoYears()
    const applied = await applyDecisions(ledger, decisions)
    expect(applied.map((a) => [a.decision.rule, a.decision.kind, a.status])).toEqual([
      ['AI-01', 'obligation', 'not_a_proposal'],
      ['SL-01', 'proposal', 'appended'],
      ['SL-01', 'proposal', 'appended'],
    ])
    const [serious, removal] = applied.slice(1).map((a) => a.entries[0])
    expect(serious).toMatchObject({
      seq: 2,
      type: 'ListedOnSeriousList',
      effectiveAt: '2023-06-02',
      by: 'rule:SL-01',
      cause: { rule: 'SL-01', policy: policy.hash, inputs: [1] },
      data: { reason: 'abnormal_two_years', basedOn: [1] },
    })
    expect(removal).toMatchObject({
      seq: 3,
      type: 'RemovedFromAbnormalList',
      amends: 1,
      data: { reason: 'escalated' },
    })
    const after = await ledger.creditFile(GROUP, { asOf: '2023-06-02' })
    expect([after.onAbnormalList, after.onSeriousList]).toEqual([false, true])
  })

  it('writes nothing when the same decisions are applied again', async () => {
    const { ledger, store, decisions } = await listedTwoYears()
    await applyDecisions(ledger, decisions)
    const before = await snapshot(store)
    const again = await applyDecisions(ledger, decisions)
    expect(again.filter((a) => a.decision.kind === 'proposal').map((a) => a.status)).toEqual([
      'already_applied',
      'already_applied',
    ])
    expect(await snapshot(store)).toEqual(before)
  })

  it('leaves what needs a decision until an authority confirms it, then appends it as confirmed', async () => {
    const { ledger } = newLedger()
    await ledger.append([
      registration(GROUP, '2019-03-01'),
      warning(GROUP, '2022-01-10'),
      warning(GROUP, '2023-02-10'),
    ])
    const at = '2023-02-10'
    const decisions = evaluate(policy, await ledger.creditFile(GROUP, { asOf: at }), { at }).filter(
      (d) => d.rule === 'SL-05',
    )
    expect((await applyDecisions(ledger, decisions)).map((a) => a.status)).toEqual([
      'awaiting_decision',
    ])
    const confirm = () => ({ by: '上海市金山区民政局', ref: '金民信〔2023〕7号' })
    const [confirmed] = await applyDecisions(ledger, decisions, { confirm })
    expect(confirmed?.entries[0]).toMatchObject({
      type: 'ListedOnSeriousList',
      by: '上海市金山区民政局',
      ref: '金民信〔2023〕7号',
      cause: { rule: 'SL-05', inputs: [1, 2] },
    })
    expect((await applyDecisions(ledger, decisions, { confirm }))[0]?.status).toBe(
      'already_applied',
    )
  })

  it('reports a proposal the ledger refuses, with the ledger’s issues, and goes on with the rest', async () => {
    const { ledger, decisions } = await listedTwoYears()
    const [first] = decisions.filter((d) => d.kind === 'proposal')
    if (first?.kind !== 'proposal') throw new Error('expected a proposal')
    const broken = {
      ...first,
      entry: { ...first.entry, data: { ...first.entry.data, reason: 'tired' } },
    }
    const applied = await applyDecisions(ledger, [broken, ...decisions])
    expect(applied[0]).toMatchObject({ status: 'rejected', issues: [{ path: ['data', 'reason'] }] })
    expect(applied.filter((a) => a.status === 'appended')).toHaveLength(2)
  })

  it('keys each proposal by its cause, organization, type, target and day', async () => {
    const { decisions } = await listedTwoYears()
    const keys = decisions.flatMap((d) => (d.kind === 'proposal' ? [decisionKey(d.entry)] : []))
    expect(new Set(keys).size).toBe(2)
    expect(keys[0]).toMatch(/^decision:[0-9a-f]{64}$/)
  })
})
