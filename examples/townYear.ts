// One year of the town's own layer (docs/town-pack.md): the founding document's 年初工作安排,
// 年终考核, 述职, 树立典型 and 奖优淘劣, recorded with the town's host entry types on top of its
// history and decided by jinshanweiPolicy. Prints the year's decisions in Chinese and English,
// the town's confirmation of its commendations, what falls due, a credit file's town sections
// and what the public sees; exits 1 if anything it expects does not hold.
import { createLedger, type Decision, ed25519Signer, fixedClock, memoryStore } from '../src/index'
import { useNodeCrypto } from '../src/node'
import { townHistory } from './town/history'
import {
  plansFiled,
  showHostSections,
  showTownDueDates,
  showTownReport,
} from './town/showTownRecord'
import { decidesFor, dueOn, showTownRun } from './town/showTownRuns'
import { showChecks, type TownCheck } from './town/townChecks'
import { names, townDecisions } from './town/townLayer'
import { cast, year2025 } from './town/year2025'
import { jinshanweiPolicy } from './town-pack/jinshanweiPolicy'
import { jinshanweiTypes } from './town-pack/jinshanweiTypes'
import { TOWN_GOVERNMENT } from './town-pack/source'

useNodeCrypto()
const clock = fixedClock('2015-01-01T09:00:00+08:00')
const signer = ed25519Signer('jinshanwei.example/credit', new Uint8Array(32).fill(9))
const ledger = createLedger({ store: memoryStore(), clock, signer, entryTypes: jinshanweiTypes })
const days = [...townHistory(), ...year2025()].sort((a, b) =>
  a.recordedOn.localeCompare(b.recordedOn),
)
// Records every day up to `through`, so each run decides on what the town knew then.
async function recordThrough(through: string): Promise<void> {
  while (days.length > 0 && (days[0]?.recordedOn as string) <= through) {
    const day = days.shift() as (typeof days)[number]
    clock.set(`${day.recordedOn}T17:00:00+08:00`)
    await ledger.append(typeof day.entries === 'function' ? await day.entries(ledger) : day.entries)
  }
}
const { elders, traders, culture, disability, eldercare, youth, families } = cast
const checks: TownCheck[] = []
console.log(
  `金山卫镇 2025 under ${jinshanweiPolicy.name} ${jinshanweiPolicy.version} (${jinshanweiPolicy.hash.slice(0, 12)}…)`,
)

// The plans: due 31 January, which in 2025 fell in the Spring Festival holiday.
await recordThrough('2025-01-02')
const opening = await townDecisions(ledger, '2025-01-02')
const planDue = opening.find((d) => d.rule === 'JSW-10' && d.kind === 'obligation')
const due = planDue?.kind === 'obligation' ? (planDue.due ?? '') : ''
checks.push({
  says: `the 2025 plans fall due on ${due}, after the holiday`,
  holds: due === '2025-02-05',
})

// The policy over the year: after the plans fell due, after the assessments, in the new year.
const seen = new Map<string, Decision>()
await recordThrough('2025-02-10')
const february = await showTownRun(ledger, '2025-02-10', seen)
checks.push(
  decidesFor(february, 'JSW-11', [youth.org, culture.org], 'no plan by 2025-02-05: warned'),
  decidesFor(february, 'JSW-30', [traders.org], 'failed 2024: warned'),
)
await recordThrough('2025-12-31')
const plans = await plansFiled(ledger, 2025, due, '2025-12-31')
console.log(
  `\nwork plans for 2025, due ${due}: ${plans.onTime.length} on time; late ${plans.late.map(([org, on]) => `${names([org])} ${on}`).join(', ')}; missing ${names(plans.missing)}`,
)
checks.push({
  says: 'one plan late, one missing',
  holds:
    plans.late.length === 1 &&
    plans.late[0]?.[0] === youth.org &&
    names(plans.missing) === names([culture.org]),
})
const yearEnd = await showTownRun(ledger, '2025-12-31', seen)
checks.push(
  decidesFor(yearEnd, 'JSW-32', [families.org], 'on the abnormal list and failed: referred'),
  decidesFor(yearEnd, 'JSW-21', [disability.org], 'the exemplar: a commendation proposed'),
)
await recordThrough('2026-01-05')
const newYear = await showTownRun(ledger, '2026-01-05', seen)
checks.push(
  decidesFor(
    newYear,
    'JSW-21',
    [elders.org, disability.org],
    'two excellent years, or an exemplar: commendations proposed',
  ),
  decidesFor(newYear, 'JSW-31', [traders.org], 'two failed years: referred'),
  {
    says: 'the 2026 plans fall due on 2026-02-02 (31 January is a Saturday)',
    holds: dueOn(newYear, 'JSW-10', '2026-02-02'),
  },
)

// The town government decides on the proposed commendations.
await recordThrough('2026-01-08')
clock.set('2026-01-08T10:00:00+08:00')
const proposals = (await townDecisions(ledger, '2026-01-08')).filter((d) => d.rule === 'JSW-21')
const applied = await ledger.apply(proposals, {
  confirm: () => ({ by: TOWN_GOVERNMENT, ref: '金山卫府〔2026〕2号', effectiveAt: '2026-01-08' }),
})
console.log(
  `\n2026-01-08 the town commends ${names(applied.map((a) => a.decision.org))}: ${applied.map((a) => a.status).join(', ')}`,
)
const afterwards = await townDecisions(ledger, '2026-01-09')
checks.push({
  says: 'once commended, no commendation is proposed again',
  holds:
    applied.every((a) => a.status === 'appended') && !afterwards.some((d) => d.rule === 'JSW-21'),
})

// What falls due, one credit file's town sections, and what the public sees.
const dueSoon = await showTownDueDates(ledger, '2026-01-09', '2026-02-28')
checks.push({
  says: 'the registrar owes two reviews of referrals',
  holds: dueSoon.filter((d) => d.who === 'registrar' && d.rule.startsWith('JSW')).length === 2,
})
await showHostSections(ledger, eldercare.org, '2026-01-09')
const eldercareFile = await ledger.creditFile(eldercare.org, { asOf: '2026-01-09' })
const redone = eldercareFile.host.assessments?.filter((item) => item.data.year === 2025) ?? []
checks.push({
  says: 'the redone assessment replaced the first of 2025',
  holds: redone.length === 1 && redone[0]?.data.result === 'good',
})
checks.push({
  says: 'the public sees assessments and the exemplar, not plans, duty reports or remarks',
  holds: await showTownReport(ledger, disability.org, '2026-01-09', signer),
})
await recordThrough('9999-12-31')
if (!showChecks(checks)) process.exit(1)
