import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import type { GivenEntry } from '../../../src/testing'
import { deregistered, registered, specOf } from '../history'

const REGISTRAR = '上海市浦东新区民政局'
const started = (on: string): GivenEntry => ({
  type: 'LiquidationStarted',
  effectiveAt: on,
  data: { reason: 'dissolution', groupFormedUnder: '上海市浦东新区科学技术协会' },
})
const completed = (on: string, amends = 1): GivenEntry => ({
  type: 'LiquidationCompleted',
  effectiveAt: on,
  amends,
  data: { audited: true },
})
const applied = (on: string): GivenEntry => ({
  type: 'DeregistrationApplied',
  effectiveAt: on,
  data: { filedWith: REGISTRAR },
})

describe('DR-01 a social group applies for deregistration within 15 days of its liquidation', () => {
  const spec = specOf('DR-01', cnPolicy)
  const timeline = [registered('2019-03-01'), started('2025-03-03'), completed('2025-04-30')]

  it('sets the organization the duty from the day the liquidation ends, due 15 days after', () => {
    spec
      .given(...timeline)
      .when({ at: '2025-04-30' })
      .then([
        {
          rule: 'DR-01',
          oblige: 'file_deregistration',
          who: 'organization',
          due: '2025-05-15',
          state: 'due',
        },
      ])
  })

  it('is overdue the day after the 15th day', () => {
    spec
      .given(...timeline)
      .when({ at: '2025-05-16' })
      .then([{ rule: 'DR-01', state: 'overdue' }])
  })

  it('owes nothing while the liquidation is still running (near miss of DR-01)', () => {
    spec
      .given(registered('2019-03-01'), started('2025-03-03'))
      .when({ at: '2025-06-01' })
      .thenNothing()
  })

  it('is met by the organization’s application, before the registrar decides (near miss of DR-01)', () => {
    spec
      .given(...timeline, applied('2025-05-12'))
      .when({ at: '2025-05-20' })
      .thenNothing()
  })

  it('is not met by an application made while the liquidation still ran', () => {
    spec
      .given(
        registered('2019-03-01'),
        started('2025-03-03'),
        applied('2025-03-10'),
        completed('2025-04-30'),
      )
      .when({ at: '2025-06-01' })
      .then([{ rule: 'DR-01', due: '2025-05-15', state: 'overdue' }])
  })

  it('counts an application toward the liquidation that ended, not a later one still running', () => {
    spec
      .given(...timeline, started('2025-05-02'), applied('2025-05-05'))
      .when({ at: '2025-06-01' })
      .thenNothing()
  })

  it('ends once the registrar deregisters the organization', () => {
    spec
      .given(...timeline, deregistered('2025-05-10', 'dissolution'))
      .when({ at: '2025-05-20' })
      .thenNothing()
  })

  it('does not apply to a foundation (near miss of DR-01)', () => {
    spec
      .given(registered('2019-03-01', 'foundation'), started('2025-03-03'), completed('2025-04-30'))
      .when({ at: '2025-05-20' })
      .thenNothing()
  })
})

describe('DR-04 a social service organization files within 15 days', () => {
  it('sets the same duty', () => {
    specOf('DR-04', cnPolicy)
      .given(
        registered('2019-03-01', 'social_service_organization'),
        started('2025-03-03'),
        completed('2025-04-30'),
      )
      .when({ at: '2025-05-16' })
      .then([{ rule: 'DR-04', oblige: 'file_deregistration', state: 'overdue' }])
  })
})

describe('DR-07 a foundation files within 15 days (Art. 18)', () => {
  const spec = specOf('DR-07', cnPolicy)

  it('sets the duty on a foundation', () => {
    spec
      .given(registered('2019-03-01', 'foundation'), started('2025-03-03'), completed('2025-04-30'))
      .when({ at: '2025-05-15' })
      .then([{ rule: 'DR-07', due: '2025-05-15', state: 'due' }])
  })

  it('does not apply to a social group (near miss of DR-07)', () => {
    spec
      .given(registered('2019-03-01'), started('2025-03-03'), completed('2025-04-30'))
      .when({ at: '2025-05-15' })
      .thenNothing()
  })
})
