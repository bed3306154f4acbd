import { type Decision, type Ledger, render, type Signer } from '../../src/index'
import { type AssessmentResult, assessmentResults, resultWords } from '../town-pack/assessed'
import { jinshanweiPolicy } from '../town-pack/jinshanweiPolicy'
import { town } from './organizations'
import { plansFiled, showTownReport } from './showTownRecord'
import { dayOf, names, shortName, supportOf, townDecisions } from './townLayer'
import { cast } from './year2025'

/**
 * The town's own layer in a dozen lines, for the demo: the 2025 plans and assessments, what the
 * town's rules decide on 2026-01-05, one decision in both languages, and the public part of one
 * file. Returns whether everything came out as the town year expects.
 */
export async function showTownLayer(ledger: Ledger, signer: Signer): Promise<boolean> {
  console.log(`\n── the town's own layer: ${jinshanweiPolicy.name} (docs/town-pack.md) ──`)
  const plans = await plansFiled(ledger, 2025, '2025-02-05', '2025-12-31')
  console.log(
    `work plans for 2025, due 2025-02-05: ${plans.onTime.length} on time; late ${names(plans.late.map(([org]) => org))}; missing ${names(plans.missing)}`,
  )
  const results = new Map<AssessmentResult, string[]>(assessmentResults.map((r) => [r, []]))
  for (const { org } of town) {
    const item = (await ledger.creditFile(org, { asOf: '2025-12-31' })).host.assessments?.find(
      (candidate) => candidate.data.year === 2025,
    )
    if (item !== undefined) results.get(item.data.result as AssessmentResult)?.push(org)
  }
  console.log(
    `2025 assessments: ${[...results].map(([result, orgs]) => `${resultWords[result].zh} ${names(orgs)}`).join('; ')}`,
  )
  const at = '2026-01-05'
  const decisions = await townDecisions(ledger, at)
  const of = (rule: string) => decisions.filter((d) => d.rule === rule && d.kind !== 'entitlement')
  const referred = [...of('JSW-31'), ...of('JSW-32')]
  const { granted, barred } = supportOf(decisions)
  console.log(`on ${at}, the town's rules decide:`)
  console.log(`  commendation proposed (JSW-21): ${names(of('JSW-21').map((d) => d.org))}`)
  console.log(`  warned (JSW-30): ${names(of('JSW-30').map((d) => d.org))}`)
  console.log(
    `  referred to the registrar: ${referred.map((d) => `${shortName(d.org)} (${d.rule}, by ${dayOf(d)})`).join(', ')}`,
  )
  console.log(`  town support: ${names(granted)}; barred: ${names(barred)}`)
  const example = of('JSW-31')[0] as Decision | undefined
  if (example) console.log(`  ${render(example, 'zh')}\n  ${render(example, 'en')}`)
  const reported = await showTownReport(ledger, cast.disability.org, at, signer)
  return (
    reported &&
    plans.late.length === 1 &&
    plans.missing.length === 1 &&
    of('JSW-21').length === 2 &&
    referred.length === 2
  )
}
