import { effects, type Rule, rule, when } from '../../rules'
import { FOUNDATIONS, FOUNDATIONS_FROM, regulation } from './sources'

const SOURCE = regulation(
  FOUNDATIONS,
  '第二十九条、第四十二条',
  'Foundation Regulations, Arts. 29, 42',
)

const DECIDE = effects.oblige('decide_sanction', 'registrar', {
  title: {
    zh: '依《基金会管理条例》第四十二条作出处理',
    en: 'decide the sanction under the Foundation Regulations, Art. 42',
  },
})

const MISSING =
  'Year Y is the latest year whose annual report on file states the public-benefit spending, ' +
  'so a later year’s report without financial figures does not hide a shortfall; the ' +
  'comparison needs the report for Y-1 and both figures. Without them the rule decides ' +
  'nothing: a missing report is AI-01’s and AI-05’s to decide, and a figure the record lacks ' +
  'is not read as a shortfall. A later filing for a year replaces an earlier one that states ' +
  'the same figure. The foundation’s kind is read as it stands on the date (registration or ' +
  'change registration), not as it stood at the end of year Y: no condition reads an ' +
  'attribute at a past date, so a foundation whose kind changed after Y is held for Y to its ' +
  'new kind’s floor. A foundation that is a charity is held by the Charity Law’s spending ' +
  'rules too (2016 provisions of the Ministry, the Ministry of Finance and the tax ' +
  'administration), which this rule does not read.'

/**
 * DR-09's spending floors (基金会管理条例 Art. 29): a public foundation spends at least 70% of
 * last year's income on public-benefit work each year, a non-public one at least 8% of last
 * year's closing fund balance; a shortfall leaves the registrar to decide under Art. 42. The
 * cap on staff and office costs is DR-09 itself, in deregistration.ts.
 */
export function foundationSpendingRules(): Rule[] {
  return [
    rule({
      id: 'DR-09.public',
      title: {
        zh: '公募基金会年度公益事业支出低于上一年总收入70%的，依法处理',
        en: 'Public foundation spending below 70% of last year’s income',
      },
      source: SOURCE,
      effective: { from: FOUNDATIONS_FROM },
      appliesTo: ['foundation'],
      notes:
        'Public-benefit spending (publicBenefitSpending) of year Y against income of Y-1, both ' +
        `as the annual reports state them; exactly 70% meets the floor. ${MISSING}`,
      when: when.all(
        when.active(),
        when.attribute('public_foundation'),
        when.priorYear('financials.publicBenefitSpending', 'lt', 'financials.income', 70, {
          zh: '公益事业支出低于上一年总收入的70%',
          en: 'public-benefit spending below 70% of the year before’s income',
        }),
      ),
      then: [DECIDE],
    }),
    rule({
      id: 'DR-09.nonpublic',
      title: {
        zh: '非公募基金会年度公益事业支出低于上一年基金余额8%的，依法处理',
        en: 'Non-public foundation spending below 8% of last year’s fund balance',
      },
      source: SOURCE,
      effective: { from: FOUNDATIONS_FROM },
      appliesTo: ['foundation'],
      notes:
        'Public-benefit spending (publicBenefitSpending) of year Y against the fund balance at ' +
        'the end of Y-1 (netAssetsAtYearEnd of that year’s report); exactly 8% meets the floor. ' +
        MISSING,
      when: when.all(
        when.active(),
        when.attribute('non_public_foundation'),
        when.priorYear(
          'financials.publicBenefitSpending',
          'lt',
          'financials.netAssetsAtYearEnd',
          8,
          {
            zh: '公益事业支出低于上一年末基金余额的8%',
            en: 'public-benefit spending below 8% of the fund balance at the end of the year before',
          },
        ),
      ),
      then: [DECIDE],
    }),
  ]
}
