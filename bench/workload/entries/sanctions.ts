import type { EntryInput } from '../../../src/ledger/entryInput'
import { dayOfYear, HISTORY_END, isoDay } from '../days'
import type { OrganizationProfile, Planned } from '../planned'
import type { Random } from '../random'
import { chineseText } from '../text'

const INSTRUMENT: Readonly<Record<OrganizationProfile['kind'], string>> = {
  social_group: '《社会团体登记管理条例》',
  social_service_organization: '《民办非企业单位登记管理暂行条例》',
  foundation: '《基金会管理条例》',
}

const GROUNDS = [
  'ultra_vires',
  'illegal_fees_or_donations',
  'false_accounts',
  'change_not_filed',
] as const

type Sanctions = Extract<EntryInput, { type: 'PenaltyImposed' }>['data']['sanctions']

/**
 * The rare entries: a penalty (5%; a revocation closes the stream), an abnormal listing (3%,
 * two thirds later removed), a deregistration (2%, closing the stream).
 */
export function sanctionEntries(
  random: Random,
  profile: OrganizationProfile,
  planned: readonly Planned[],
): Planned[] {
  const out: Planned[] = []
  if (random.chance(0.05)) out.push(penalty(random, profile))
  if (random.chance(0.03)) out.push(...abnormalListing(random, profile, planned))
  if (random.chance(0.02)) {
    const day = random.int(Math.min(profile.registeredOn + 365, HISTORY_END), HISTORY_END)
    const reason = random.pick(['dissolution', 'merger', 'cannot_continue'] as const)
    out.push({
      day,
      closes: true,
      input: {
        org: profile.org,
        type: 'Deregistered',
        effectiveAt: isoDay(day),
        by: profile.authority.bureau,
        data: { reason, department: profile.authority.bureau },
      },
    })
  }
  return out
}

function penalty(random: Random, profile: OrganizationProfile): Planned {
  const { authority } = profile
  const day = random.int(Math.min(profile.registeredOn + 30, HISTORY_END), HISTORY_END)
  const decided = Math.max(profile.registeredOn, day - random.int(0, 10))
  const kind = random.weighted([
    ['warning', 50],
    ['fine', 30],
    ['suspension', 15],
    ['revocation', 5],
  ] as const)
  const sanctions: Sanctions =
    kind === 'warning'
      ? [{ kind: 'warning' }]
      : kind === 'fine'
        ? [{ kind: 'fine', amount: random.int(1, 50) * 1000 }]
        : kind === 'suspension'
          ? [{ kind: 'suspension', months: random.int(1, 6) }]
          : [{ kind: 'certificate_revoked' }]
  return {
    day,
    closes: kind === 'revocation',
    input: {
      org: profile.org,
      type: 'PenaltyImposed',
      effectiveAt: isoDay(day),
      by: authority.bureau,
      ref: `民罚字〔${isoDay(day).slice(0, 4)}〕${random.int(1, 200)}号`,
      data: {
        sanctions,
        ground: random.pick(GROUNDS),
        violated: { instrument: INSTRUMENT[profile.kind], article: '第三十条' },
        facts: chineseText(random, 45, 90),
        department: authority.bureau,
        decidedOn: isoDay(decided),
      },
    },
  }
}

function abnormalListing(
  random: Random,
  profile: OrganizationProfile,
  planned: readonly Planned[],
): Planned[] {
  const { org, authority } = profile
  const filed = new Set<number>()
  for (const item of planned) {
    if (item.input.type === 'AnnualReportFiled') filed.add(item.input.data.year)
  }
  let missing: number | undefined
  for (let year = profile.year; year <= 2023 && missing === undefined; year++) {
    if (!filed.has(year)) missing = year
  }
  const day =
    missing === undefined
      ? random.int(Math.min(profile.registeredOn + 30, HISTORY_END), HISTORY_END)
      : dayOfYear(missing + 1, 6, random.int(2, 30))
  const listing: Planned = {
    day,
    input: {
      org,
      type: 'ListedOnAbnormalList',
      effectiveAt: isoDay(day),
      by: authority.bureau,
      data: {
        reason: missing === undefined ? 'unreachable' : 'annual_report_missing',
        department: authority.bureau,
      },
    },
  }
  const removed = day + random.int(30, 400)
  if (!random.chance(2 / 3) || removed > HISTORY_END) return [listing]
  return [
    listing,
    {
      day: removed,
      amends: listing,
      input: {
        org,
        type: 'RemovedFromAbnormalList',
        effectiveAt: isoDay(removed),
        by: authority.bureau,
        data: { reason: 'obligation_fulfilled', department: authority.bureau },
      },
    },
  ]
}
