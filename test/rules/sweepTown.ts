import { createLedger, type Ledger } from '../../src/createLedger'
import { changedSince } from '../../src/ledger/changedSince'
import type { EntryInput } from '../../src/ledger/entryInput'
import type { SweepLedger } from '../../src/rules/sweep'
import { memoryStore } from '../../src/store'
import { sampleOrganizationId } from '../../src/testing/sampleOrganizationId'
import { fixedClock } from '../../src/time'

/** The registrar of every organization of the town. */
export const REGISTRAR = '上海市金山区民政局'

/** Organization `index`: registered in 2015, every seventh listed in 2021. */
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

/** A ledger of `count` organizations, and the same ledger as `sweep` reads it. */
export async function town(count: number): Promise<{ ledger: Ledger; source: SweepLedger }> {
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
