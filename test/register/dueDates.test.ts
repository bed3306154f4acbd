import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { organizationCodeCheckCharacter, usccCheckCharacter } from '../../src/identity'
import { cnPolicy } from '../../src/policies'
import { dueDates, runRules } from '../../src/register'
import type { ObligationDecision } from '../../src/rules/decision'
import type { SweepState } from '../../src/rules/sweepState'
import { registerLedger } from './register'

/** A valid USCC of a civil-affairs organization (`1` group, `2` service, `3` foundation) registered in `region`. */
function uscc(category: '1' | '2' | '3', region: string, index: number): string {
  const inner = `M${String(index).padStart(7, '0')}`
  const first17 = `5${category}${region}${inner}${organizationCodeCheckCharacter(inner)}`
  return first17 + usccCheckCharacter(first17)
}

const JINSHAN_GROUP = uscc('1', '310116', 1)
const JINSHAN_FOUNDATION = uscc('3', '310116', 2)
const PUDONG_GROUP = uscc('1', '310115', 3)
const SHENZHEN_SERVICE = uscc('2', '440300', 4)
const FILED = 'F-310116-2021-0042'

// A real obligation from a run, copied onto other organizations and days.
const { ledger } = await registerLedger([
  { kind: 'social_group', registeredOn: '2017-03-01', reports: [], warnedOn: null },
])
const swept = await runRules(ledger, cnPolicy, { from: '2021-01-01', to: '2021-03-01' })
const template = Object.values(swept.state.organizations)
  .flatMap((org) => org.decisions)
  .find((d): d is ObligationDecision => d.kind === 'obligation') as ObligationDecision

function owed(org: string, due: string | null, state: ObligationDecision['state'] = 'due') {
  return { ...template, org, due, state }
}

const state: SweepState = {
  ...swept.state,
  organizations: {
    [JINSHAN_GROUP]: { next: null, decisions: [owed(JINSHAN_GROUP, '2021-05-31')] },
    [JINSHAN_FOUNDATION]: {
      next: null,
      decisions: [
        owed(JINSHAN_FOUNDATION, '2021-03-31', 'overdue'),
        owed(JINSHAN_FOUNDATION, null),
      ],
    },
    [PUDONG_GROUP]: {
      next: null,
      decisions: [owed(PUDONG_GROUP, '2021-05-31'), owed(PUDONG_GROUP, '2021-04-30', 'done')],
    },
    [SHENZHEN_SERVICE]: { next: null, decisions: [owed(SHENZHEN_SERVICE, '2021-06-01')] },
    [FILED]: { next: null, decisions: [owed(FILED, '2021-04-15')] },
  },
}

const listed = (page: { items: readonly ObligationDecision[] }) =>
  page.items.map((d) => `${d.due} ${d.org}`)

describe('dueDates', () => {
  it('lists every obligation not yet done that falls due between the two days, inclusive, by due date then organization, as of the run', () => {
    const page = dueDates(state, { from: '2021-03-31', to: '2021-05-31' })
    // 310115 (Pudong) sorts before 310116 (Jinshan) on the same day.
    expect(listed(page)).toEqual([
      `2021-03-31 ${JINSHAN_FOUNDATION}`,
      `2021-04-15 ${FILED}`,
      `2021-05-31 ${PUDONG_GROUP}`,
      `2021-05-31 ${JINSHAN_GROUP}`,
    ])
    expect(page).toMatchObject({ total: 4, offset: 0, limit: 100, asOf: '2021-03-01' })
  })

  it('filters by kind of organization, and by the registrar division of a USCC, which a filing id never matches', () => {
    const all = { from: '2021-01-01', to: '2021-12-31' }
    expect(listed(dueDates(state, { ...all, kind: 'foundation' }))).toEqual([
      `2021-03-31 ${JINSHAN_FOUNDATION}`,
    ])
    expect(listed(dueDates(state, { ...all, kind: 'community_group' }))).toEqual([
      `2021-04-15 ${FILED}`,
    ])
    expect(dueDates(state, { ...all, division: '310116' }).total).toBe(2)
    expect(dueDates(state, { ...all, division: '3101' }).total).toBe(3)
    expect(listed(dueDates(state, { ...all, division: '44' }))).toEqual([
      `2021-06-01 ${SHENZHEN_SERVICE}`,
    ])
    expect(dueDates(state, { ...all, division: '310116', kind: 'social_group' }).total).toBe(1)
  })

  it('pages: the pages, one after another, are the whole list', () => {
    const all = { from: '2021-01-01', to: '2021-12-31' }
    const whole = listed(dueDates(state, all))
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), (limit) => {
        const pages: string[] = []
        for (let offset = 0; offset < whole.length; offset += limit) {
          pages.push(...listed(dueDates(state, { ...all, offset, limit })))
        }
        expect(pages).toEqual(whole)
      }),
    )
  })

  it('refuses bad options with INVALID_INPUT naming the option, and anything that is not a state', () => {
    const days = { from: '2021-01-01', to: '2021-12-31' }
    const path = (call: () => unknown) => {
      try {
        call()
      } catch (error) {
        return [
          (error as { code: string }).code,
          ...((error as { issues: { path: unknown[] }[] }).issues[0]?.path ?? []),
        ]
      }
      return []
    }
    expect(path(() => dueDates(state, { ...days, limit: 1001 }))).toEqual([
      'INVALID_INPUT',
      'options',
      'limit',
    ])
    expect(path(() => dueDates(state, { ...days, offset: -1 }))).toEqual([
      'INVALID_INPUT',
      'options',
      'offset',
    ])
    expect(path(() => dueDates(state, { ...days, division: '3101160' }))).toEqual([
      'INVALID_INPUT',
      'options',
      'division',
    ])
    expect(path(() => dueDates(state, { ...days, kind: 'club' as never }))).toEqual([
      'INVALID_INPUT',
      'options',
      'kind',
    ])
    expect(path(() => dueDates(state, { from: '2021-12-31', to: '2021-01-01' }))).toEqual([
      'INVALID_INPUT',
      'options',
      'to',
    ])
    expect(path(() => dueDates(state, { to: '2021-01-01' } as never))).toEqual([
      'INVALID_INPUT',
      'options',
      'from',
    ])
    fc.assert(
      fc.property(fc.anything({ withMap: true, withNullPrototype: true }), (value) => {
        expect(path(() => dueDates(value as never, days)).slice(0, 2)).toEqual([
          'INVALID_INPUT',
          'state',
        ])
        expect(path(() => dueDates(state, value as never))[0]).toBe('INVALID_INPUT')
      }),
    )
  })

  it('lists each year’s report never filed, one obligation a year, from a run of the national pack', async () => {
    const { ledger: silent } = await registerLedger([
      { kind: 'social_group', registeredOn: '2017-03-01', reports: [], warnedOn: null },
    ])
    const run = await runRules(silent, cnPolicy, { from: '2021-06-01', to: '2021-06-10' })
    const page = dueDates(run.state, { from: '2018-01-01', to: '2021-12-31' })
    expect(page.items.map((d) => [d.rule, d.instance?.key, d.due, d.state])).toEqual([
      ['AI-01', '2017', '2018-05-31', 'overdue'],
      ['AI-01', '2018', '2019-05-31', 'overdue'],
      ['AI-01', '2019', '2020-05-31', 'overdue'],
      ['AI-01', '2020', '2021-05-31', 'overdue'],
    ])
  })
})
