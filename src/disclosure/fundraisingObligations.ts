import type { CreditFile, DisclosureView } from '../credit-file'
import type { ObligationRules } from '../rules'
import { addPeriod, type CalendarPeriod } from '../time'
import { type Obligation, statusOf } from './obligation'

/**
 * Progress every `every` and a full account within `completionWithin` of the end, for each
 * campaign or project longer than `longerThan` (CH-05). A campaign is the first disclosure of
 * its category with a given period; later disclosures of the category, effective after it
 * and about a period inside it (or about no period), report on it.
 */
export function fundraisingObligations(
  rules: ObligationRules,
  file: CreditFile,
  at: string,
): Obligation[] {
  const duty = rules.fundraising
  if (duty === undefined) return []
  const relevant = file.disclosures.filter((item) => duty.categories.includes(item.category))
  const campaigns = new Map<string, DisclosureView>()
  for (const item of relevant) {
    if (item.period === null) continue
    const key = `${item.category}:${item.period.from}:${item.period.to}`
    if (!campaigns.has(key) && addPeriod(item.period.from, duty.longerThan) < item.period.to) {
      campaigns.set(key, item)
    }
  }
  const out: Obligation[] = []
  for (const campaign of campaigns.values()) {
    const period = campaign.period as NonNullable<DisclosureView['period']>
    const reports = relevant.filter(
      (item) =>
        item.seq !== campaign.seq &&
        item.category === campaign.category &&
        item.on >= campaign.on &&
        (item.period === null || (item.period.from >= period.from && item.period.to <= period.to)),
    )
    const base = {
      party: 'organization' as const,
      year: null,
      basedOn: [campaign.seq],
      source: duty.source,
    }
    let spanStart = period.from
    for (let k = 1; ; k++) {
      const dueOn = addPeriod(period.from, scaled(duty.every, k))
      if (dueOn >= period.to || spanStart >= at) break
      const done = reports.find((item) => item.on > spanStart && item.on <= dueOn)
      out.push({
        ...base,
        id: `fundraising_progress:${campaign.seq}:${k}`,
        kind: 'fundraising_progress',
        dueOn,
        status: statusOf(dueOn, done?.on ?? null, at),
        doneOn: done?.on ?? null,
        doneBy: done?.seq ?? null,
      })
      spanStart = dueOn
    }
    if (period.to >= at) continue
    const dueOn = addPeriod(period.to, duty.completionWithin)
    const done = reports.find((item) => item.on > period.to)
    out.push({
      ...base,
      id: `fundraising_completion:${campaign.seq}`,
      kind: 'fundraising_completion',
      dueOn,
      status: statusOf(dueOn, done?.on ?? null, at),
      doneOn: done?.on ?? null,
      doneBy: done?.seq ?? null,
    })
  }
  return out
}

function scaled(period: CalendarPeriod, times: number): CalendarPeriod {
  return {
    ...(period.years === undefined ? {} : { years: period.years * times }),
    ...(period.months === undefined ? {} : { months: period.months * times }),
    ...(period.days === undefined ? {} : { days: period.days * times }),
  }
}
