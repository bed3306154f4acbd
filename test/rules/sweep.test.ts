import { describe, expect, it } from 'vitest'
import { changedSince } from '../../src/ledger/changedSince'
import { createLedger } from '../../src/ledger/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { sameDecisions } from '../../src/rules/sameDecisions'
import { type SweepLedger, sweep } from '../../src/rules/sweep'
import { memoryStore } from '../../src/store'
import { sampleOrganizationId } from '../../src/testing/sampleOrganizationId'
import { fixedClock } from '../../src/time'
import { examplePolicy } from './fixtures'

const policy = examplePolicy()
const REGISTRAR = '上海市金山区民政局'

function organization(index: number): EntryInput[] {
  const org = sampleOrganizationId(index)
  const day = String(1 + (index % 28)).padStart(2, '0')
  const entries: EntryInput[] = [
    {
      org,
      type: 'OrganizationRegistered',
      effectiveAt: `2015-0${1 + (index % 9)}-${day}`,
      by: REGISTRAR,
      data: {
        name: `金山区社会组织${index}`,
        kind: 'social_group',
        registrar: REGISTRAR,
        registrarLevel: 'county',
        domicile: '上海市金山区卫零路1号',
        registeredFunds: 30000,
        certificateNumber: `沪金社证字第${index}号`,
      },
    },
  ]
  if (index % 7 === 0) {
    const data = { reason: 'annual_report_missing', department: REGISTRAR } as const
    entries.push({
      org,
      type: 'ListedOnAbnormalList',
      effectiveAt: `2021-06-${day}`,
      by: REGISTRAR,
      data,
    })
  }
  return entries
}

async function town(count: number) {
  const store = memoryStore()
  const ledger = createLedger({ store, clock: fixedClock('2023-06-01T09:00:00+08:00', 1000) })
  for (let index = 0; index < count; index++) await ledger.append(organization(index))
  const source: SweepLedger = {
    head: () => ledger.head(),
    entries: (org) => ledger.entries(org),
    changedSince: (position) => changedSince(store, position),
  }
  return { ledger, source }
}

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
    const arrived = [...first.state.organizations]
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
    expect(first.state.organizations.get(org)?.next).toBe('2023-07-01')
    expect(
      (await sweep(source, policy, { at: '2023-07-01', state: first.state })).evaluated,
    ).toEqual([org])
  })
})
