import type { CreditFile, DisclosureView } from '../../credit-file'
import type { DisclosureCategory } from '../../events'
import { addPeriod, type CalendarPeriod } from '../../time'
import type { Boundaries } from '../compile/dates'

/** A campaign or project long enough to report on, and the disclosures that report on it. */
export interface Campaign {
  readonly announced: DisclosureView
  readonly from: string
  readonly to: string
  /** Later disclosures of its category about a period inside its own, or about none. */
  readonly reports: readonly DisclosureView[]
}

/**
 * The campaigns and projects on record by the date whose period is longer than `longerThan`
 * (CH-05). A campaign is the first disclosure of its category with a given period; later
 * disclosures of the category, effective after it and about a period inside it (or about no
 * period), report on it. Disclosures dated after the date are only noted in `bounds`.
 */
export function fundraisingCampaigns(
  file: CreditFile,
  at: string,
  categories: readonly DisclosureCategory[],
  longerThan: CalendarPeriod,
  bounds: Boundaries,
): Campaign[] {
  const relevant: DisclosureView[] = []
  for (const item of file.disclosures) {
    if (!categories.includes(item.category)) continue
    bounds.add(item.on)
    if (item.on <= at) relevant.push(item)
  }
  const announced = new Map<string, DisclosureView>()
  for (const item of relevant) {
    if (item.period === null) continue
    const key = `${item.category}:${item.period.from}:${item.period.to}`
    if (!announced.has(key) && addPeriod(item.period.from, longerThan) < item.period.to) {
      announced.set(key, item)
    }
  }
  return [...announced.values()].map((campaign) => {
    const period = campaign.period as NonNullable<DisclosureView['period']>
    const reports = relevant.filter(
      (item) =>
        item.seq !== campaign.seq &&
        item.category === campaign.category &&
        item.on >= campaign.on &&
        (item.period === null || (item.period.from >= period.from && item.period.to <= period.to)),
    )
    return { announced: campaign, from: period.from, to: period.to, reports }
  })
}
