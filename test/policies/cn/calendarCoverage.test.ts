import { describe, expect, it } from 'vitest'
import { cnPolicy, cnPolicyWith } from '../../../src/policies'
import { cnHolidays } from '../../../src/policies/cn/cnHolidays'
import { decisionsSchema } from '../../../src/rules/decisionSchema'
import { sameDecisions } from '../../../src/rules/sameDecisions'
import { extendHolidayCalendar } from '../../../src/time/extendHolidayCalendar'
import { listedAbnormal, registered, report, specOf } from '../history'

// AB-10 gives the registrar 5 working days from the day the missing report is filed. Filed on
// Monday 2026-12-28, the count reaches past 2026-12-31, where cnHolidays ends.
const founded = registered('2019-03-01')
const reports = [2019, 2020, 2021, 2022, 2023, 2024].map((year) =>
  report(year, `${year + 1}-05-20`),
)
const history = [founded, ...reports, listedAbnormal('2026-06-01', 'annual_report_missing')]

// A made-up schedule for the tests, NOT the State Council's: New Year's Day off, a Saturday worked.
const made_up_2027 = {
  year: 2027,
  holidays: ['2027-01-01', '2027-01-04'],
  workdays: ['2027-01-09'],
}

describe('AB-10 when the removal deadline falls outside the holiday calendar', () => {
  it('leaves the due day open and names 2027 instead of counting it as weekdays', () => {
    const { decisions } = specOf('AB-10', cnPolicy)
      .given(...history, report(2025, '2026-12-28'))
      .when({ at: '2026-12-28' })
      .then([
        { rule: 'AB-10', oblige: 'remove_from_list', who: 'registrar', due: null, state: 'due' },
        { rule: 'AB-10', propose: 'RemovedFromAbnormalList' },
      ])
    expect(decisions[0]).toMatchObject({
      issues: [{ code: 'outside_calendar', path: ['due'], year: 2027 }],
    })
    expect(decisions[0]?.kind === 'obligation' && decisions[0].issues?.[0]?.message).toMatch(
      /2015-01-01 to 2026-12-31.*2027/,
    )
  })

  it('says so in words', () => {
    const words = (text: RegExp) => [expect.stringMatching(text), expect.any(String)] as never
    const scenario = specOf('AB-10', cnPolicy)
      .given(...history, report(2025, '2026-12-28'))
      .when({ at: '2026-12-28' })
    scenario.thenSays(
      'en',
      words(/ by a day not yet known \(the holiday calendar has no schedule for 2027\) \(due\)/),
    )
    scenario.thenSays('zh', words(/（期限待定：节假日安排未含2027年）/))
  })

  it('counts the day once the host adds the 2027 schedule', () => {
    const calendar = extendHolidayCalendar(cnHolidays, made_up_2027)
    specOf('AB-10', cnPolicyWith({ calendar }))
      .given(...history, report(2025, '2026-12-28'))
      .when({ at: '2026-12-28' })
      // 12-29, 12-30, 12-31, then 01-01 and 01-04 off and the weekend between: 01-05, 01-06.
      .then([{ rule: 'AB-10', oblige: 'remove_from_list', due: '2027-01-06' }, { rule: 'AB-10' }])
  })

  it('still counts a deadline that ends inside the calendar', () => {
    specOf('AB-10', cnPolicy)
      .given(...history, report(2025, '2026-12-21'))
      .when({ at: '2026-12-21' })
      .then([{ rule: 'AB-10', oblige: 'remove_from_list', due: '2026-12-28' }, { rule: 'AB-10' }])
  })

  it('keeps the issue when decisions come back from a caller', () => {
    const { decisions } = specOf('AB-10', cnPolicy)
      .given(...history, report(2025, '2026-12-28'))
      .when({ at: '2026-12-28' })
    const copy = JSON.parse(JSON.stringify(decisions))
    expect(decisionsSchema.parse(copy)[0]).toMatchObject({ issues: [{ year: 2027 }] })
    expect(sameDecisions(copy, decisions)).toBe(true)
  })
})

describe('cnPolicyWith and a calendar', () => {
  it('refuses calendar data it cannot use, naming the path', () => {
    const calendar = {
      coverage: { from: '2026-01-01', to: '2026-12-31' },
      holidays: ['2027-01-01'],
      workdays: [],
    }
    expect(() => cnPolicyWith({ calendar })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['calendar', 'holidays', 0] })],
      }),
    )
  })

  it('gives a policy a different hash for an extended calendar', () => {
    const calendar = extendHolidayCalendar(cnHolidays, made_up_2027)
    expect(cnPolicyWith({ calendar }).hash).not.toBe(cnPolicy.hash)
    expect(cnPolicyWith({ calendar }).calendar?.coverage?.to).toBe('2027-12-31')
  })
})
