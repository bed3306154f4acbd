import { describe, expect, it } from 'vitest'
import { sqliteStore } from '../../src/adapters/sqlite'
import { createLedger, type Ledger } from '../../src/createLedger'
import type { EntryType } from '../../src/events'
import type { EntryInput } from '../../src/ledger/entryInput'
import { importLedger } from '../../src/ledger/importLedger'
import { type EventStore, memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { postgresAvailable, postgresStorage } from '../adapters/postgres/postgresServer'
import { tempDatabase } from '../adapters/sqlite/tempFile'
import { examples } from '../events/examples'
import { registration, SERVICE, signer } from './fixtures'

// One organization's history with every entry type the completed catalogue added, in an order
// the ledger accepts: it moves between every store and through an export unchanged.

const step = (
  type: EntryType,
  effectiveAt: string,
  data: Record<string, unknown> = {},
  amends?: number,
): EntryInput =>
  ({
    org: SERVICE,
    type,
    effectiveAt,
    by: '上海市浦东新区民政局',
    data: { ...(examples[type] as Record<string, unknown>), ...data },
    ...(amends === undefined ? {} : { amends }),
  }) as EntryInput

const history: EntryInput[] = [
  registration(SERVICE, '2016-03-01'), // 0
  step('NoticeServed', '2024-03-01', { signedFor: true, signedOn: '2024-03-04' }), // 1
  step('PartyOrganizationStatusRecorded', '2024-03-05', { status: 'established' }), // 2
  step('PenaltyImposed', '2024-03-12'), // 3
  step('NotResponsibleCertified', '2024-03-20', {}, 3), // 4
  step('InvestigationOpened', '2024-04-01'), // 5
  step('InvestigationClosed', '2024-05-10', {}, 5), // 6
  step('PublicFundraisingApplied', '2024-10-08'), // 7
  step('PublicFundraisingRefused', '2024-10-25', {}, 7), // 8
  step('FundraisingPlanFiled', '2025-02-10'), // 9
  step('DisclosurePublished', '2025-06-10', {
    category: 'public_fundraising',
    title: '困境儿童助学公开募捐进展',
    period: { from: '2025-03-01', to: '2025-05-31' },
    campaign: 9,
  }), // 10
  step('ServicePurchaseContracted', '2024-12-20'), // 11
  step('ServicePurchaseCompleted', '2026-01-15', {}, 11), // 12
  step('DonationDeductionQualificationGranted', '2023-06-20'), // 13
  step('DonationDeductionQualificationLost', '2025-04-01', {}, 13), // 14
  step('LiquidationStarted', '2026-03-02'), // 15
  step('LiquidationCompleted', '2026-04-30', {}, 15), // 16
  step('DeregistrationApplied', '2026-05-08'), // 17
]

async function lines(ledger: Ledger): Promise<string[]> {
  const all: string[] = []
  for await (const line of ledger.export({ personal: true })) all.push(line)
  return all
}

async function moveAndCompare(from: Ledger, to: EventStore): Promise<Ledger> {
  const exported = await lines(from)
  await importLedger(to, exported, { publicKey: signer.publicKey })
  const copy = createLedger({ store: to, signer })
  expect(await lines(copy)).toEqual(exported)
  expect(await copy.creditFile(SERVICE)).toEqual(await from.creditFile(SERVICE))
  return copy
}

describe('every entry type of the completed catalogue', () => {
  it('is accepted and folded, and its export verifies and moves from SQLite to memory and back unchanged', async () => {
    const first = tempDatabase()
    const second = tempDatabase()
    try {
      const clock = fixedClock('2026-06-01T02:00:00Z', 1000)
      const source = createLedger({ store: sqliteStore({ file: first.file }), signer, clock })
      await source.append(history)
      await source.checkpoint()
      const file = await source.creditFile(SERVICE)
      expect(file.noticesServed).toHaveLength(1)
      expect(file.partyOrganization).toHaveLength(1)
      expect(file.penalties[0]?.notResponsibleOn).toBe('2024-03-20')
      expect(file.investigations[0]?.closedOn).toBe('2024-05-10')
      expect(file.fundraisingApplications[0]?.decision).toBe('refused')
      expect(file.disclosures[0]?.campaign).toBe(9)
      expect(file.servicePurchases[0]?.completedOn).toBe('2026-01-15')
      expect(file.donationDeduction[0]?.lostOn).toBe('2025-04-01')
      expect(file.liquidations[0]?.appliedOn).toBe('2026-05-08')
      expect(file.recordings.map((r) => r.seq)).toContain(17)
      const memory = await moveAndCompare(source, memoryStore())
      const back = sqliteStore({ file: second.file })
      await moveAndCompare(memory, back)
      await Promise.all([back.close(), source.close()])
    } finally {
      await Promise.all([first.remove(), second.remove()])
    }
  })

  it.skipIf(!postgresAvailable)('moves into PostgreSQL and back unchanged', async () => {
    const storage = postgresStorage()
    try {
      const source = createLedger({ store: memoryStore(), signer })
      await source.append(history)
      const pg = await storage.open()
      const copy = await moveAndCompare(source, pg)
      await moveAndCompare(copy, memoryStore())
      await pg.close()
    } finally {
      await storage.destroy()
    }
  })
})
