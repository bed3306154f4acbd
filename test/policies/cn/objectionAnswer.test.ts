import { describe, expect, it } from 'vitest'
import { obligations } from '../../../src/disclosure'
import { cnPolicy, cnPolicyWith } from '../../../src/policies'
import { fileOf } from '../givenFile'
import { objection, objectionAnswered, registered, specOf } from '../history'

// RT-02 adopted as a policy: the registrar answers an objection within 20 days.

const answering = cnPolicyWith({ objectionAnswerWithin: { days: 20 } })
const founded = registered('2020-06-01')

describe('RT-02 the registrar answers an objection', () => {
  it('is left out of the national pack unless the parameter names the period', () => {
    expect(cnPolicy.rules.some((rule) => rule.id === 'RT-02')).toBe(false)
    expect(answering.rules.find((rule) => rule.id === 'RT-02')?.title.en).toBe(
      'The registrar answers an objection in writing within 20 days',
    )
    expect(() => cnPolicyWith({ objectionAnswerWithin: { days: 0 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })

  it('is due on the 20th day after the filing, and overdue the day after', () => {
    const spec = specOf('RT-02', answering)
    spec
      .given(founded, objection('2020-08-20'))
      .when({ at: '2020-09-09' })
      .then([
        {
          rule: 'RT-02',
          oblige: 'answer_objection',
          who: 'registrar',
          instance: '1',
          due: '2020-09-09',
          state: 'due',
        },
      ])
      .thenNextChange('2020-09-10')
    spec
      .given(founded, objection('2020-08-20'))
      .when({ at: '2020-09-10' })
      .then([{ rule: 'RT-02', instance: '1', state: 'overdue' }])
  })

  it('is done for an answer on the due day, and done late for one the day after', () => {
    const at = '2020-10-01'
    const status = (answeredOn: string) =>
      obligations(
        answering,
        fileOf(at, founded, objection('2020-08-20'), objectionAnswered(answeredOn, 1)),
        { at },
      ).find((duty) => duty.id === 'objection_answer:1')?.status
    expect(status('2020-09-09')).toBe('done')
    expect(status('2020-09-10')).toBe('done_late')
  })

  it('moves a due day that falls in the National Day holiday to the first working day after it', () => {
    specOf('RT-02', answering)
      .given(founded, objection('2020-09-11'))
      .when({ at: '2020-09-20' })
      .then([{ rule: 'RT-02', due: '2020-10-09', state: 'due' }])
  })
})
