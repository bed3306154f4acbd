// A ledger with the town's types and inputs for its entries, for the tests of the town pack.

import { DISTRICT, registrationOf, town } from '../../../examples/town/organizations'
import { type AssessmentResult, assessed } from '../../../examples/town-pack/assessed'
import { departmentReported } from '../../../examples/town-pack/departmentReported'
import { dutyReported } from '../../../examples/town-pack/dutyReported'
import { exemplarDesignated } from '../../../examples/town-pack/exemplarDesignated'
import { jinshanweiPolicy } from '../../../examples/town-pack/jinshanweiPolicy'
import { jinshanweiTypes } from '../../../examples/town-pack/jinshanweiTypes'
import { TOWN_GOVERNMENT, TOWN_HONOUR } from '../../../examples/town-pack/source'
import { townEntry } from '../../../examples/town-pack/townEntry'
import { workPlanFiled } from '../../../examples/town-pack/workPlanFiled'
import {
  createLedger,
  type Decision,
  dayOf,
  type EntryInput,
  type EventStore,
  evaluate,
  fixedClock,
  type Ledger,
  memoryStore,
  type Policy,
  type Signer,
} from '../../../src/index'

/** The elders' association, registered 2015-03-10: the organization of most scenarios. */
export const ORG: string = town[0]?.org as string
/** The traders' association, a second organization. */
export const OTHER: string = town[1]?.org as string

/** The registration of `ORG`, or of `OTHER`, on its own day or on `on`. */
export function registered(on?: string, org: string = ORG): EntryInput {
  const index = town.findIndex((o) => o.org === org)
  const input = registrationOf(town[index] as (typeof town)[number], index)
  return on === undefined ? input : { ...input, effectiveAt: on }
}

/** A work plan for `year` filed on `on`. */
export function plan(year: number, on: string, org: string = ORG): EntryInput {
  return townEntry(workPlanFiled, {
    org,
    effectiveAt: on,
    by: org,
    data: { year, goals: [{ title: '为高龄老人上门服务' }] },
  })
}

const SCORES: Readonly<Record<AssessmentResult, number>> = {
  excellent: 95,
  good: 85,
  pass: 70,
  fail: 40,
}

/** An assessment of `year` with `result`, on 20 December of that year unless `on` says. */
export function assessment(
  year: number,
  result: AssessmentResult,
  on = `${year}-12-20`,
  org: string = ORG,
): EntryInput {
  return townEntry(assessed, {
    org,
    effectiveAt: on,
    by: '金山卫镇社会组织考核小组',
    data: { year, score: SCORES[result], result, assessedBy: '金山卫镇社会组织考核小组' },
  })
}

/** An exemplar designation resting on the assessment at `seq`. */
export function exemplar(seq: number, on: string, org: string = ORG): EntryInput {
  return townEntry(exemplarDesignated, {
    org,
    effectiveAt: on,
    by: TOWN_GOVERNMENT,
    amends: seq,
    data: {
      year: Number(on.slice(0, 4)),
      title: '金山卫镇社会组织典型',
      citation: '为高龄老人上门服务2100人次',
      designatedBy: TOWN_GOVERNMENT,
    },
  })
}

/** A listing on the national abnormal list. */
export function listed(on: string, org: string = ORG): EntryInput {
  return {
    org,
    type: 'ListedOnAbnormalList',
    effectiveAt: on,
    by: DISTRICT,
    data: { reason: 'unreachable', department: DISTRICT },
  }
}

/** The town's honour, awarded on `on`. */
export function commended(on: string, org: string = ORG): EntryInput {
  return {
    org,
    type: 'Commended',
    effectiveAt: on,
    by: TOWN_GOVERNMENT,
    data: { honour: TOWN_HONOUR, level: 'county', awardedBy: TOWN_GOVERNMENT },
  }
}

/** A deregistration on `on`. */
export function deregistered(on: string, org: string = ORG): EntryInput {
  return {
    org,
    type: 'Deregistered',
    effectiveAt: on,
    by: DISTRICT,
    data: { reason: 'dissolution', liquidationCompletedOn: on, department: DISTRICT },
  }
}

/**
 * A ledger with the town's types holding `inputs`, each recorded at the end of its own
 * effective day, in the order given (so give them in date order). Its clock then reads the end
 * of 2026, the last year the town's measures cover, for what a test appends itself.
 */
export async function townLedger(
  inputs: readonly EntryInput[],
  { store = memoryStore(), signer }: { store?: EventStore; signer?: Signer } = {},
): Promise<Ledger> {
  const clock = fixedClock('2015-01-01T09:00:00+08:00')
  const ledger = createLedger({
    store,
    clock,
    entryTypes: jinshanweiTypes,
    ...(signer === undefined ? {} : { signer }),
  })
  for (const input of inputs) {
    clock.set(`${dayOf(input.effectiveAt)}T18:00:00+08:00`)
    await ledger.append(input)
  }
  clock.set('2026-12-31T18:00:00+08:00')
  return ledger
}

/** What `rule` decides about `org` on `at`, reading the file as of that day. */
export async function decisions(
  ledger: Ledger,
  at: string,
  rule: string,
  { org = ORG, policy = jinshanweiPolicy }: { org?: string; policy?: Policy } = {},
): Promise<Decision[]> {
  const file = await ledger.creditFile(org, { asOf: at })
  return evaluate(policy, file, { at }).filter((decision) => decision.rule === rule)
}

/**
 * A year of both organizations with every town type: plans, assessments (one redone), the
 * duty reports of an organization and of a department, and an exemplar on the assessment at
 * seq 4.
 */
export function sampleTownYear(): EntryInput[] {
  return [
    registered(),
    registered(undefined, OTHER),
    plan(2025, '2025-01-10'),
    plan(2025, '2025-01-12', OTHER),
    assessment(2025, 'excellent', '2025-12-19'),
    assessment(2025, 'pass', '2025-12-19', OTHER),
    assessment(2025, 'fail', '2025-12-20', OTHER),
    ...[ORG, OTHER].map((org) =>
      townEntry(departmentReported, {
        org,
        effectiveAt: '2025-12-21',
        by: '金山卫镇社区事务办公室',
        ref: '金山卫社述〔2025〕1号',
        data: {
          year: 2025,
          department: '金山卫镇社区事务办公室',
          heardBy: '金山卫镇社会组织述职评议会',
          summary: '指导完成理事会换届',
        },
      }),
    ),
    townEntry(dutyReported, {
      org: ORG,
      effectiveAt: '2025-12-22',
      by: ORG,
      data: { year: 2025, heardBy: '金山卫镇社会组织述职评议会', summary: '上门服务2100人次' },
    }),
    { ...exemplar(4, '2025-12-30'), ref: '金山卫府〔2025〕9号' },
  ]
}
