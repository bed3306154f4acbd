import {
  dueDates,
  type HostItem,
  type Ledger,
  type ObligationDecision,
  type Signer,
  sweep,
  verifierKey,
  verifyReport,
} from '../../src/index'
import { type AssessmentResult, resultWords } from '../town-pack/assessed'
import { jinshanweiDisclosure } from '../town-pack/jinshanweiDisclosure'
import { jinshanweiPolicy } from '../town-pack/jinshanweiPolicy'
import { jinshanweiTypes } from '../town-pack/jinshanweiTypes'
import { town } from './organizations'
import { names, shortName } from './townLayer'

/** Who filed the year's plan by `due`, who filed late, and who never did, as of `asOf`. */
export async function plansFiled(
  ledger: Ledger,
  year: number,
  due: string,
  asOf: string,
): Promise<{ onTime: string[]; late: [string, string][]; missing: string[] }> {
  const onTime: string[] = []
  const late: [string, string][] = []
  const missing: string[] = []
  for (const { org } of town) {
    const file = await ledger.creditFile(org, { asOf })
    if (file.status !== 'active') continue
    const filed = file.host.workPlans?.find((item) => item.data.year === year)?.on
    if (filed === undefined) missing.push(org)
    else if (filed > due) late.push([org, filed])
    else onTime.push(org)
  }
  return { onTime, late, missing }
}

/** Prints the town's host sections of one credit file, one line a section. */
export async function showHostSections(ledger: Ledger, org: string, asOf: string): Promise<void> {
  const file = await ledger.creditFile(org, { asOf })
  console.log(`\n${file.identity.name}, its town sections as of ${asOf}:`)
  for (const [section, items] of Object.entries(file.host)) {
    console.log(`  ${section}: ${items.map(itemWords).join('; ')}`)
  }
}

function itemWords(item: HostItem): string {
  const data = item.data as Record<string, unknown>
  const result = data.result as AssessmentResult | undefined
  const what =
    result !== undefined
      ? `${resultWords[result].zh} ${data.score}`
      : ((data.department ?? data.title ?? '') as string)
  return `${data.year} ${what} (seq ${item.seq}, ${item.on})`.replace('  ', ' ')
}

/**
 * Prints what the public report of `org` shows of the town's types under the town's disclosure
 * policy, and what it keeps back; returns whether it verifies and shows what it should.
 */
export async function showTownReport(
  ledger: Ledger,
  org: string,
  asOf: string,
  signer: Signer,
): Promise<boolean> {
  const report = await ledger.publicReport(org, { asOf, policy: jinshanweiDisclosure })
  const shown = report.sections.disclosures.filter((item) => item.entry.type.includes('.'))
  const stored = (await ledger.entries(org)).filter(
    (entry) => entry.type.includes('.') && entry.effectiveAt <= asOf,
  )
  const title = (type: string) => jinshanweiTypes.find((t) => t.type === type)?.title.zh ?? type
  const keptBack = stored.filter((entry) => !shown.some((item) => item.entry.seq === entry.seq))
  const count = (types: string[]) =>
    [...new Set(types)].map((t) => `${title(t)}×${types.filter((x) => x === t).length}`).join('、')
  const remarksShown = shown.some((item) => item.entry.data?.remarks !== undefined)
  const verified = verifyReport(report, {
    publicKey: verifierKey(signer),
    policy: jinshanweiDisclosure,
  })
  console.log(
    `\npublic report of ${shortName(org)} on ${asOf} (${report.policy.id}): shows ${count(shown.map((item) => item.entry.type))}; the panel's remarks ${remarksShown ? 'shown' : 'kept back'}`,
  )
  console.log(
    `  keeps back ${count(keptBack.map((entry) => entry.type))}; verifies against the town's policy: ${verified.success}`,
  )
  const publicOnly = shown.every((item) =>
    ['jinshanwei.Assessed', 'jinshanwei.ExemplarDesignated'].includes(item.entry.type),
  )
  return verified.success && publicOnly && !remarksShown && shown.length > 0
}

/** Sweeps the town's policy on `at` and prints what falls due by `to`, grouped by day and duty. */
export async function showTownDueDates(
  ledger: Ledger,
  at: string,
  to: string,
): Promise<readonly ObligationDecision[]> {
  const swept = await sweep(ledger, jinshanweiPolicy, { at })
  const due = dueDates(swept.state, { from: at, to })
  console.log(`\ndue ${at} to ${to}, as of ${due.asOf}: ${due.total}`)
  const groups = new Map<string, ObligationDecision[]>()
  for (const item of due.items) {
    const key = `${item.due} ${item.rule} ${item.label.zh}`
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  for (const [key, items] of groups) console.log(`  ${key}: ${names(items.map((i) => i.org))}`)
  return due.items
}
