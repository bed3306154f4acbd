import type { EntryInput } from '../../src/ledger/entryInput'
import { dayOfYear, HISTORY_END, isoDay } from './days'
import { annualEntries } from './entries/annual'
import { conductEntries } from './entries/conduct'
import { registrationEntry } from './entries/registration'
import { sanctionEntries } from './entries/sanctions'
import type { OrganizationProfile, Planned } from './planned'
import { Random } from './random'
import { pickAuthority } from './regions'
import { usccOf } from './uscc'

/** One entry of a generated history; `amendsIndex` is the position, in this history, of the entry it amends. */
export interface WorkloadEntry {
  readonly input: EntryInput
  readonly amendsIndex?: number
}

/** One organization's generated history, in effective order, ready to append. */
export interface Organization {
  readonly index: number
  readonly org: string
  readonly registeredOn: string
  readonly entries: readonly WorkloadEntry[]
}

/** Overrides for the synthetic organizations the read case needs. */
export interface OrganizationOptions {
  /** Disclosures to publish instead of 5-15, e.g. to grow one stream to 5,000 entries. */
  readonly disclosures?: number
  /** Registered in 2015 and never penalized, listed or closed. */
  readonly steady?: boolean
  /** The first two characters of the inner organization code (default `MJ`). */
  readonly codePrefix?: string
}

/**
 * Organization `index` of the standard workload (../shared/bench/WORKLOAD.md). Draws come from a
 * generator seeded by `(seed, index)` alone, so the organization does not depend on N.
 */
export function organization(
  seed: number,
  index: number,
  options: OrganizationOptions = {},
): Organization {
  const random = new Random(seed, index)
  const kind = random.weighted([
    ['social_group', 55],
    ['social_service_organization', 25],
    ['foundation', 20],
  ] as const)
  const authority = pickAuthority(random)
  const year = options.steady || random.chance(0.35) ? 2015 : random.int(2016, 2023)
  const registeredOn = dayOfYear(year, 1, 1) + random.int(0, 364)
  const org = usccOf(kind, authority.code, index, options.codePrefix)
  const profile: OrganizationProfile = { org, kind, authority, registeredOn, year }

  const planned: Planned[] = [registrationEntry(random, profile)]
  planned.push(...annualEntries(random, profile))
  planned.push(...conductEntries(random, profile, options.disclosures))
  if (!options.steady) planned.push(...sanctionEntries(random, profile, planned))
  return {
    index,
    org,
    registeredOn: isoDay(registeredOn),
    entries: settleOrder(planned),
  }
}

/**
 * Sorts by effective day (ties in planning order), drops everything after the entry that closes
 * the stream, and turns `amends` links into positions in the history.
 */
function settleOrder(planned: readonly Planned[]): WorkloadEntry[] {
  const order = planned.map((item, at) => ({ item, at }))
  order.sort((a, b) => a.item.day - b.item.day || a.at - b.at)
  const kept: Planned[] = []
  for (const { item } of order) {
    if (item.day > HISTORY_END) continue
    kept.push(item)
    if (item.closes) break
  }
  const position = new Map<Planned, number>()
  const entries: WorkloadEntry[] = []
  for (const item of kept) {
    const target = item.amends === undefined ? undefined : position.get(item.amends)
    if (item.amends !== undefined && target === undefined) continue
    position.set(item, entries.length)
    entries.push(
      target === undefined ? { input: item.input } : { input: item.input, amendsIndex: target },
    )
  }
  return entries
}
