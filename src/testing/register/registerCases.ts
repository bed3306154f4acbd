import { expect, it } from 'vitest'
import { createLedger } from '../../createLedger'
import { creditFileOf } from '../../credit-file'
import { upcastEntry } from '../../events'
import {
  createRegister,
  type ListedRow,
  memoryRegisterStore,
  type Register,
  type RegisterPage,
  type RegisterRecord,
  type RegisterStatistics,
  type RegisterStore,
} from '../../register'
import type { EventStore } from '../../store'
import { fixedClock } from '../../time'
import { sampleOrganizationId } from '../sampleOrganizationId'
import { registerHistory, removalOf } from './registerFixtures'

/** The log and the read models beside it, as one handle of a storage opens them. */
export interface RegisterHandle {
  readonly store: EventStore
  readonly readModels: RegisterStore
}

/** Storage for a register: each `open` is another connection to the same log and read models. */
export interface RegisterStorage {
  /** Another connection to the same log and read models. */
  open(): Promise<RegisterHandle>
  /** Removes the storage once the test is done. */
  destroy(): Promise<void>
}

/** Runs a test with one fresh storage and removes it afterwards. */
export type WithRegisterStorage = (
  test: (storage: RegisterStorage) => Promise<void>,
) => Promise<void>

/** Organizations in the sample register. */
export const ORGANIZATIONS = 30
/** The days the cases read the register on. */
export const DAYS: readonly string[] = [
  '2016-12-31',
  '2019-12-31',
  '2020-06-30',
  '2021-12-31',
  '2023-06-30',
]

/** Appends the sample register: `ORGANIZATIONS` histories, then the removals of some listings. */
export async function fillRegister(store: EventStore): Promise<void> {
  const ledger = createLedger({ store, clock: fixedClock('2024-01-01T09:00:00+08:00', 1000) })
  for (let index = 0; index < ORGANIZATIONS; index++) await ledger.append(registerHistory(index))
  for (let index = 0; index < ORGANIZATIONS; index += 6) {
    const file = await ledger.creditFile(sampleOrganizationId(index))
    const listing = file.abnormalList[0]?.listingSeq
    if (listing !== undefined) await ledger.append(removalOf(index, listing))
  }
}

/** Everything a register answers about the sample register, to compare two of them. */
export interface RegisterAnswers {
  readonly records: readonly (RegisterRecord | undefined)[]
  readonly lists: readonly RegisterPage<ListedRow>[]
  readonly statistics: readonly RegisterStatistics[]
  readonly searches: readonly RegisterPage<RegisterRecord>[]
}

/**
 * Asks a register everything about some organizations (the sample register's by default), on
 * some days (`DAYS` by default).
 */
export async function answersOf(
  register: Register,
  orgs: readonly string[] = Array.from({ length: ORGANIZATIONS }, (_, i) =>
    sampleOrganizationId(i),
  ),
  days: readonly string[] = DAYS,
): Promise<RegisterAnswers> {
  return {
    records: await Promise.all(orgs.map((org) => register.organization(org))),
    lists: await Promise.all(
      days.flatMap((on) =>
        (['abnormal', 'serious'] as const).map((list) =>
          register.listed(list, { on, limit: 1000 }),
        ),
      ),
    ),
    statistics: await Promise.all(days.map((on) => register.statistics({ on }))),
    searches: await Promise.all(
      ['促进会', '金山区社区', '第1', '号'].map((text) => register.search(text)),
    ),
  }
}

/** What a register kept in memory over the same log answers: the reference. */
export async function referenceAnswers(store: EventStore): Promise<RegisterAnswers> {
  const register = createRegister({ store, readModels: memoryRegisterStore() })
  await register.catchUp()
  return answersOf(register)
}

/** The cases that run a register over a ledger's log. */
export function registerCases(withStorage: WithRegisterStorage): void {
  it('lists on each day exactly the organizations whose credit files say they are listed', () =>
    withStorage(async (storage) => {
      const { store, readModels } = await storage.open()
      await fillRegister(store)
      const register = createRegister({ store, readModels })
      await register.catchUp()
      let listed = 0
      for (const on of DAYS) {
        for (const list of ['abnormal', 'serious'] as const) {
          const expected: string[] = []
          for (let index = 0; index < ORGANIZATIONS; index++) {
            const org = sampleOrganizationId(index)
            const file = creditFileOf((await store.readStream(org)).map(upcastEntry), { asOf: on })
            if (list === 'abnormal' ? file.onAbnormalList : file.onSeriousList) expected.push(org)
          }
          const page = await register.listed(list, { on, limit: 1000 })
          expect(page.items.map((row) => row.org).sort()).toEqual(expected.sort())
          listed += expected.length
        }
      }
      expect(listed).toBeGreaterThan(0)
      expect(await answersOf(register)).toEqual(await referenceAnswers(store))
      await register.close()
      await store.close()
    }))

  it('keeps records and position when it is closed and opened again', () =>
    withStorage(async (storage) => {
      const first = await storage.open()
      await fillRegister(first.store)
      await createRegister(first).catchUp()
      const head = await first.store.head()
      await first.readModels.close()
      await first.store.close()
      const second = await storage.open()
      const register = createRegister(second)
      expect(await second.readModels.position()).toBe(head)
      expect(await register.lag()).toBe(0)
      expect(await answersOf(register)).toEqual(await referenceAnswers(second.store))
      await register.close()
      await second.store.close()
    }))
}
