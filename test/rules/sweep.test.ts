import { describe, expect, it } from 'vitest'
import { sameDecisions } from '../../src/rules/sameDecisions'
import { sweep } from '../../src/rules/sweep'
import { sampleOrganizationId } from '../../src/testing/sampleOrganizationId'
import { examplePolicy } from './fixtures'
import { REGISTRAR, town } from './sweepTown'

const policy = examplePolicy()

describe('sweep', () => {
  it('revisits only the organizations with new entries and those whose next change has come, and decides as a full sweep', async () => {
    const { ledger, source } = await town(200)
    const first = await sweep(source, policy, { at: '2023-06-01' })
    expect(first.evaluated).toHaveLength(200)

    const changed = [sampleOrganizationId(3), sampleOrganizationId(150)]
    for (const org of changed) {
      const data = { reason: 'warning_or_small_fine', department: REGISTRAR } as const
      await ledger.append({
        org,
        type: 'ListedOnAbnormalList',
        effectiveAt: '2023-06-05',
        by: REGISTRAR,
        data,
      })
    }
    const arrived = Object.entries(first.state.organizations)
      .filter(([, swept]) => swept.next !== null && swept.next <= '2023-06-10')
      .map(([org]) => org)
    const second = await sweep(source, policy, { at: '2023-06-10', state: first.state })
    expect(second.evaluated).toEqual([...new Set([...changed, ...arrived])].sort())
    expect(arrived.length).toBeGreaterThan(0)
    expect(second.evaluated.length).toBeLessThan(20)

    const full = await sweep(source, policy, { at: '2023-06-10' })
    expect(full.evaluated).toHaveLength(200)
    expect(sameDecisions(second.decisions, full.decisions)).toBe(true)
    expect(second.decisions.filter((d) => d.rule === 'SL-01').length).toBeGreaterThan(0)
  })

  it('starts afresh for another policy, or for a date before the last sweep', async () => {
    const { source } = await town(20)
    const first = await sweep(source, policy, { at: '2023-06-01' })
    const other = examplePolicy(undefined, '2026.2')
    expect(
      (await sweep(source, other, { at: '2023-06-01', state: first.state })).evaluated,
    ).toHaveLength(20)
    expect(
      (await sweep(source, policy, { at: '2023-05-01', state: first.state })).evaluated,
    ).toHaveLength(20)
    expect(
      (await sweep(source, policy, { at: '2023-06-01', state: first.state })).evaluated,
    ).toEqual([])
  })

  it('revisits an organization on the day an entry recorded earlier takes effect', async () => {
    const { ledger, source } = await town(10)
    const org = sampleOrganizationId(1)
    const data = { reason: 'warning_or_small_fine', department: REGISTRAR } as const
    await ledger.append({
      org,
      type: 'ListedOnAbnormalList',
      effectiveAt: '2023-07-01',
      by: REGISTRAR,
      data,
    })
    const first = await sweep(source, policy, { at: '2023-06-15' })
    expect(first.state.organizations[org]?.next).toBe('2023-07-01')
    expect(
      (await sweep(source, policy, { at: '2023-07-01', state: first.state })).evaluated,
    ).toEqual([org])
  })
})
