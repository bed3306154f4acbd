import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { obligations } from '../../../src/disclosure'
import { cnPolicy } from '../../../src/policies'
import { cnHolidays } from '../../../src/policies/cn/cnHolidays'
import type { GivenEntry } from '../../../src/testing'
import { addWorkingDays } from '../../../src/time'
import { examples } from '../../events/examples'
import { fileOf } from '../givenFile'
import { objection, only, penalty, registered, specOf } from '../history'

// CR-04: the registrar enters credit information within 5 working days of forming or obtaining it.

const pack = only('CR-04', cnPolicy)
const recordedOn = (given: GivenEntry, day: string): GivenEntry => ({
  ...given,
  recordedAt: `${day}T10:00:00+08:00`,
})

function entriesOf(at: string, ...given: readonly GivenEntry[]) {
  return obligations(pack, fileOf(at, ...given), { at }).filter(
    (duty) => duty.kind === 'credit_entry',
  )
}

describe('CR-04 the registrar enters credit information within 5 working days', () => {
  it('is met on the day of recording, due the fifth working day after the day it was formed', () => {
    const [duty] = entriesOf('2021-06-01', registered('2021-03-01'))
    expect(duty).toMatchObject({
      id: 'credit_entry:0',
      party: 'authority',
      dueOn: '2021-03-08',
      status: 'done',
      doneOn: '2021-03-01',
      doneBy: 0,
      source: { id: 'CR-04', instrument: '《社会组织信用信息管理办法》' },
    })
  })

  it('counts working days over the National Day holiday and its make-up Sunday', () => {
    // 2020-09-27 (a Sunday) was worked; 1 to 8 October were off.
    const [duty] = entriesOf('2020-12-01', recordedOn(registered('2020-09-25'), '2020-10-09'))
    expect(duty).toMatchObject({ dueOn: '2020-10-09', status: 'done' })
  })

  it('is done late for an entry recorded the working day after its due day, and overdue on the days between', () => {
    const late = recordedOn(registered('2021-03-01'), '2021-03-10')
    expect(entriesOf('2021-06-01', late)[0]?.status).toBe('done_late')
    const spec = specOf('CR-04', cnPolicy)
    spec
      .given(late)
      .when({ at: '2021-03-08' })
      .then([
        {
          rule: 'CR-04',
          oblige: 'enter_credit_information',
          who: 'registrar',
          instance: '0',
          due: '2021-03-08',
          state: 'due',
        },
      ])
    spec
      .given(late)
      .when({ at: '2021-03-09' })
      .then([{ rule: 'CR-04', instance: '0', state: 'overdue' }])
    spec
      .given(late)
      .when({ at: '2021-03-10' })
      .then([{ rule: 'CR-04', instance: '0', state: 'done' }])
  })

  it('counts a revocation from its decision day, not from the later day it takes effect', () => {
    const revoked: GivenEntry = {
      type: 'ChangeRegistrationRevoked',
      effectiveAt: '2021-03-15',
      amends: 1,
      recordedAt: '2021-03-12T10:00:00+08:00',
      data: { ...examples.ChangeRegistrationRevoked, decidedOn: '2021-03-01' },
    } as GivenEntry
    const changed: GivenEntry = {
      type: 'RegistrationChanged',
      effectiveAt: '2020-06-01',
      data: examples.RegistrationChanged,
    } as GivenEntry
    const duties = entriesOf('2021-06-01', registered('2020-01-02'), changed, revoked)
    expect(duties.find((duty) => duty.id === 'credit_entry:2')).toMatchObject({
      dueOn: '2021-03-08',
      status: 'done_late',
    })
  })

  it('holds no fact another department decided or the organization reported later', () => {
    const duties = entriesOf(
      '2021-06-01',
      registered('2021-03-01'),
      recordedOn(penalty('2021-03-02', [{ kind: 'warning' }]), '2021-05-20'),
      recordedOn(
        {
          type: 'ActivityHeld',
          effectiveAt: '2021-03-03',
          data: examples.ActivityHeld,
        } as GivenEntry,
        '2021-05-20',
      ),
    )
    expect(duties.map((duty) => duty.id)).toEqual(['credit_entry:0'])
  })

  it('reads a migrated entry by the day the other system recorded it', () => {
    const migrated: GivenEntry = {
      ...recordedOn(registered('2019-04-01'), '2025-01-06'),
      migrated: { recordedAt: '2019-04-02', source: '社会组织信息管理系统' },
    }
    expect(entriesOf('2025-02-01', migrated)[0]).toMatchObject({
      doneOn: '2019-04-02',
      status: 'done',
    })
  })

  it('holds nothing formed before Order 60 took effect, nor the record’s own entries', () => {
    expect(entriesOf('2019-01-01', recordedOn(registered('2017-05-02'), '2017-09-01'))).toEqual([])
    const duties = entriesOf(
      '2021-06-01',
      registered('2021-03-01'),
      recordedOn(objection('2021-04-01'), '2021-05-20'),
    )
    expect(duties.map((duty) => duty.id)).toEqual(['credit_entry:0'])
  })

  it('is done exactly when the recording day is at most the due day, for any lag', () => {
    const pairs = fc.tuple(
      fc.date({
        min: new Date('2019-01-01T00:00:00Z'),
        max: new Date('2025-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.integer({ min: 0, max: 30 }),
    )
    fc.assert(
      fc.property(pairs, ([date, lag]) => {
        const on = date.toISOString().slice(0, 10)
        const recorded = new Date(Date.parse(on) + lag * 86_400_000).toISOString().slice(0, 10)
        const [duty] = entriesOf('2026-06-01', recordedOn(registered(on), recorded))
        const due = addWorkingDays(on, 5, cnHolidays)
        expect(duty?.dueOn).toBe(due)
        expect(duty?.status).toBe(recorded <= due ? 'done' : 'done_late')
      }),
      { numRuns: 60 },
    )
  })
})
