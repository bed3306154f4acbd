import fc from 'fast-check'
import { createLedger, type Ledger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { memoryStore } from '../../src/store'
import { type SampleKind, sampleOrganizationId } from '../../src/testing/sampleOrganizationId'
import { addDaysIso, fixedClock } from '../../src/time'

// Small registers for the rules run: organizations registered in 2016-2017 that file their
// annual reports on time, late or never, some warned once, so the national pack lists them,
// ends listings and escalates.

export const REGISTRAR = '上海市金山区民政局'

/** One organization of a register: its form, when it was registered, its reports, a warning. */
export interface OrganizationSpec {
  readonly kind: SampleKind
  readonly registeredOn: string
  /** For each year from the year of registration: filed on time, late, or never. */
  readonly reports: readonly ('on_time' | 'late' | 'missing')[]
  readonly warnedOn: string | null
}

/** 1 to `max` organizations. */
export function registers(max = 4): fc.Arbitrary<OrganizationSpec[]> {
  const spec = fc.record({
    kind: fc.constantFrom<SampleKind>('social_group', 'social_service_organization', 'foundation'),
    registeredOn: fc.integer({ min: 0, max: 700 }).map((d) => addDaysIso('2016-01-01', d)),
    reports: fc.array(fc.constantFrom('on_time', 'late', 'missing'), {
      minLength: 5,
      maxLength: 5,
    }),
    warnedOn: fc.option(
      fc.integer({ min: 0, max: 1800 }).map((d) => addDaysIso('2018-01-01', d)),
      { nil: null },
    ),
  })
  return fc.array(spec, { minLength: 1, maxLength: max })
}

/** The entries of organization `index` of a register. */
export function entriesOf(spec: OrganizationSpec, index: number): EntryInput[] {
  const org = sampleOrganizationId(index, spec.kind)
  const entries: EntryInput[] = [
    {
      org,
      type: 'OrganizationRegistered',
      effectiveAt: spec.registeredOn,
      by: REGISTRAR,
      data: {
        name: `金山区社会组织${index}`,
        kind: spec.kind,
        registrar: REGISTRAR,
        registrarLevel: 'county',
        domicile: '上海市金山区卫零路1号',
        registeredFunds: 30000,
        certificateNumber: `沪金社证字第${index}号`,
      },
    },
  ]
  const first = Number(spec.registeredOn.slice(0, 4))
  spec.reports.forEach((filed, i) => {
    if (filed === 'missing') return
    const year = first + i
    const on = filed === 'on_time' ? `${year + 1}-03-20` : `${year + 1}-09-15`
    entries.push({
      org,
      type: 'AnnualReportFiled',
      effectiveAt: on,
      by: org,
      data: { year, filedWith: 'registrar' },
    })
  })
  if (spec.warnedOn !== null && spec.warnedOn > spec.registeredOn) {
    entries.push({
      org,
      type: 'PenaltyImposed',
      effectiveAt: spec.warnedOn,
      by: REGISTRAR,
      ref: `金民罚决字〔${spec.warnedOn.slice(0, 4)}〕${index}号`,
      data: {
        sanctions: [{ kind: 'warning' }],
        ground: 'change_not_filed',
        violated: { instrument: '《社会团体登记管理条例》', article: '第三十条' },
        facts: '住所变更后未在规定期限内办理变更登记',
        department: REGISTRAR,
        decidedOn: spec.warnedOn,
      },
    })
  }
  return entries
}

/** A ledger holding the register, and its organizations' ids. */
export async function registerLedger(
  specs: readonly OrganizationSpec[],
): Promise<{ ledger: Ledger; orgs: string[] }> {
  const ledger = createLedger({
    store: memoryStore(),
    clock: fixedClock('2025-01-01T09:00:00+08:00', 1000),
  })
  const orgs: string[] = []
  for (const [index, spec] of specs.entries()) {
    orgs.push(sampleOrganizationId(index, spec.kind))
    await ledger.append(entriesOf(spec, index))
  }
  return { ledger, orgs }
}

/** Every entry of the register's organizations, by seq, without what differs between two runs (salts, recording times). */
export async function entriesIn(ledger: Ledger, orgs: readonly string[]): Promise<unknown[]> {
  const all = []
  for (const org of orgs) all.push(...(await ledger.entries(org)))
  return all
    .sort((a, b) => a.seq - b.seq)
    .map(({ seq, org, type, effectiveAt, by, amends, cause, data }) => ({
      seq,
      org,
      type,
      effectiveAt,
      by,
      amends,
      cause,
      data,
    }))
}
