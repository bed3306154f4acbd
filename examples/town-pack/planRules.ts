// 年初工作安排: each year's plan is due by the town's date; a missing plan brings a warning.
import { deadline, effects, type HolidayCalendar, type Rule, rule, when } from '../../src/index'
import { FILE_WORK_PLAN, FOUNDING_DOCUMENT, HEED_WARNING, INCENTIVES, TOWN_SUPPORT } from './source'
import { plansFor } from './townFilters'
import { daysFromNewYear, type TownPackParameters } from './townPackParameters'

/**
 * The two plan rules of one year: JSW-10, the obligation to file the plan for `year` by the
 * town's date, and JSW-11, the warning once that date has passed without one. One version per
 * year, because each reads the plans whose `data.year` is that year.
 */
export function planRules(
  year: number,
  parameters: TownPackParameters,
  calendar: HolidayCalendar | undefined,
): Rule[] {
  const opens = `${year}-01-01`
  const closes = `${year + 1}-01-01`
  const days = daysFromNewYear(year, parameters.planDue)
  // The same day JSW-10's obligation falls due: the town's date, moved off a day off.
  const due = deadline(opens, { days }, calendar)
  const noPlan = when.none(plansFor(year))
  return [
    rule({
      id: 'JSW-10',
      title: {
        zh: '社会组织年初应向镇政府报送本年度工作安排',
        en: 'File the year’s work plan with the town by the town’s date',
      },
      source: { ...FOUNDING_DOCUMENT, article: INCENTIVES },
      effective: { from: opens, to: closes },
      notes: `Due ${days} days after 1 January (${parameters.planDue}), counted by the Civil Code and moved off a day off as the national deadlines are (Art. 203); an organization registered during the year has as many days from its registration. A plan for the year filed at any time ends the obligation: its late filing stays visible in the file, the obligation does not.`,
      when: when.all(when.active(), noPlan),
      then: [
        effects.oblige('file_work_plan', 'organization', {
          due: { from: 'since', period: { days } },
          title: FILE_WORK_PLAN,
        }),
      ],
    }),
    rule({
      id: 'JSW-11',
      title: {
        zh: '逾期未报送年度工作安排的，予以警示，暂停镇级扶持',
        en: 'No work plan by the town’s date: a warning, and no town support',
      },
      source: { ...FOUNDING_DOCUMENT, article: INCENTIVES },
      effective: { from: dayAfter(due), to: closes },
      notes: `From the day after the plan fell due (${due} in ${year}) until a plan for the year is filed, or the year ends. An organization registered during the year is warned once ${days} full days have run since its registration (registeredFor), without waiting for a deadline moved off a day off.`,
      when: when.all(when.active(), when.registeredFor({ days }), noPlan),
      then: [
        effects.oblige('heed_town_warning', 'organization', { title: HEED_WARNING }),
        effects.bar('town_support', TOWN_SUPPORT),
      ],
    }),
  ]
}

function dayAfter(day: string): string {
  return deadline(day, { days: 1 })
}
