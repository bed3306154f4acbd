import { organizationKinds } from '../../identity'
import { effects, type Rule, rule, when } from '../../rules'
import type { CalendarPeriod } from '../../time'

/** The credit-reporting regulation took effect on 2013-03-15. */
const CREDIT_REPORTING_FROM = '2013-03-15'

function periodWords(period: CalendarPeriod): { readonly zh: string; readonly en: string } {
  const parts: [number | undefined, string, string][] = [
    [period.years, '年', 'year'],
    [period.months, '个月', 'month'],
    [period.days, '日', 'day'],
  ]
  const shown = parts.filter(([count]) => count !== undefined && count > 0) as [
    number,
    string,
    string,
  ][]
  return {
    zh: shown.map(([count, unit]) => `${count}${unit}`).join(''),
    en: shown.map(([count, , unit]) => `${count} ${unit}${count === 1 ? '' : 's'}`).join(' '),
  }
}

/**
 * RT-02 adopted as a policy: the registrar answers each objection within `within` of its filing,
 * counted by the Civil Code and moved off a day off by the pack's calendar. Order 60 sets no
 * deadline (OB-01), so the pack leaves it out unless the `objectionAnswerWithin` parameter
 * names the period (the regulation's is 20 days).
 */
export function objectionAnswerRule(within: CalendarPeriod): Rule {
  const words = periodWords(within)
  return rule({
    id: 'RT-02',
    title: {
      zh: `登记管理机关自收到异议之日起${words.zh}内书面答复`,
      en: `The registrar answers an objection in writing within ${words.en}`,
    },
    source: {
      instrument: '《征信业管理条例》',
      article: '第二十五条',
      confidence: 'V',
      cite: { zh: '《征信业管理条例》第二十五条', en: 'Credit Reporting Regulation, Art. 25' },
    },
    effective: { from: CREDIT_REPORTING_FROM },
    notes:
      'By analogy only: RT-04 puts government bodies publishing what their duties produce ' +
      'outside the regulation, and Order 60 sets no deadline (OB-01). In the pack only when the ' +
      'objectionAnswerWithin parameter names the period. One answer per objection filed, due ' +
      'within the period of its filing (the filing day not counted), moved to the next working ' +
      'day by the pack’s calendar; met by the entry that decides it, whatever the outcome.',
    when: when.orgKind(...organizationKinds),
    then: [effects.answerObjections({ within })],
  })
}
