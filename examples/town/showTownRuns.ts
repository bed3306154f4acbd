import { type Decision, effectText, type Ledger, render } from '../../src/index'
import type { TownCheck } from './townChecks'
import { dayOf, names, shortName, supportOf, townDecisions } from './townLayer'

const keyOf = (d: Decision): string =>
  `${d.org} ${d.rule} ${d.kind} ${d.kind === 'proposal' ? d.entry.type : effectText(d).en}`

/**
 * Evaluates the town's rules on `at` and prints what is new since the last run, in Chinese and
 * English: an obligation or proposal shared by more than two organizations as one line, the
 * others as `render` says them; then who has the town's support, and what has ended. Returns
 * the decisions.
 */
export async function showTownRun(
  ledger: Ledger,
  at: string,
  seen: Map<string, Decision>,
): Promise<Decision[]> {
  const decisions = await townDecisions(ledger, at)
  console.log(`\n${at}:`)
  const fresh = decisions.filter((d) => d.kind !== 'entitlement' && !seen.has(keyOf(d)))
  const groups = new Map<string, Decision[]>()
  for (const d of fresh) {
    const group = `${d.rule} ${effectText(d).en}`
    groups.set(group, [...(groups.get(group) ?? []), d])
  }
  for (const group of groups.values()) {
    const first = group[0] as Decision
    if (group.length > 2) {
      const words = effectText(first)
      console.log(`  ${first.rule} ${names(group.map((d) => d.org))}: ${words.zh}`)
      console.log(`         ${group.length} organizations: ${words.en}`)
      continue
    }
    for (const d of group) {
      console.log(`  ${shortName(d.org)}: ${render(d, 'zh')}`)
      console.log(`      ${render(d, 'en')}`)
    }
  }
  const { granted, barred } = supportOf(decisions)
  console.log(`  镇级扶持 town support: ${names(granted)}; 暂停 barred: ${names(barred)}`)
  const now = new Set(decisions.map(keyOf))
  const ended = [...seen.entries()].filter(([key]) => !now.has(key)).map(([, d]) => d)
  if (ended.length > 0) {
    console.log(`  no longer: ${ended.map((d) => `${shortName(d.org)} ${d.rule}`).join(', ')}`)
  }
  seen.clear()
  for (const d of decisions) if (d.kind !== 'entitlement') seen.set(keyOf(d), d)
  return decisions
}

/** Whether `rule` decides, on the day, for exactly these organizations (obligations and proposals). */
export function decidesFor(
  decisions: readonly Decision[],
  rule: string,
  orgs: readonly string[],
  says: string,
): TownCheck {
  const got = decisions.filter((d) => d.rule === rule && d.kind !== 'entitlement').map((d) => d.org)
  const holds = got.length === orgs.length && orgs.every((org) => got.includes(org))
  return { says: `${says} (${rule}: ${names(got)})`, holds }
}

/** Whether every obligation of `rule` falls due on `day`. */
export function dueOn(decisions: readonly Decision[], rule: string, day: string): boolean {
  const of = decisions.filter((d) => d.rule === rule && d.kind === 'obligation')
  return of.length > 0 && of.every((d) => dayOf(d) === day)
}
