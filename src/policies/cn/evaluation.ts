import { EVALUATION_2011_FROM } from '../../evaluation'
import { effects, entries, type Rule, rule, when, where } from '../../rules'
import { order39 } from './sources'

const WITHOUT_SERIOUS_LISTING = when.not(when.onList('serious'))

/**
 * B5, the evaluation rules whose substance the 2026 revision keeps as far as the catalogue
 * knows (open question 2): eligibility, the 3A and 4A benefits, the cool-off, and the bar on
 * listed national-level organizations. The rules that changed are in evaluation2011.ts and
 * evaluation2026.ts; the duties of the procedure (EV-07, EV-10, EV-19) in evaluationProcedure.ts.
 */
export function evaluationRules(): Rule[] {
  return [
    rule({
      id: 'EV-01',
      title: {
        zh: '登记满2年未参加评估或评估等级有效期满的，可以申请参加评估',
        en: 'Registered two full years, no valid grade: may apply for evaluation',
      },
      source: order39('第六条', 'Art. 6'),
      effective: { from: EVALUATION_2011_FROM },
      notes:
        '"Registered for a full 2 years" counts by the policy’s convention. A grade announced but ' +
        'not yet in force (2026 grades count from the next 1 January) is read as no valid grade.',
      when: when.all(
        when.active(),
        when.registeredFor({ years: 2 }),
        when.not(when.grade({ valid: true })),
      ),
      then: [effects.grant('evaluation')],
    }),
    rule({
      id: 'EV-13',
      title: {
        zh: '评估等级3A以上的，优先承接政府转移职能、购买服务和获得奖励',
        en: '3A and above: priority for government functions, purchase and rewards',
      },
      source: order39('第二十八条', 'Art. 28'),
      effective: { from: EVALUATION_2011_FROM },
      notes:
        'Also JR-05. Only while the grade is valid, and not while on the serious list (JR-01).',
      when: when.all(when.grade({ atLeast: '3A', valid: true }), WITHOUT_SERIOUS_LISTING),
      then: [
        effects.grant('government_functions'),
        effects.grant('government_purchase'),
        effects.grant('commendation'),
      ],
    }),
    rule({
      id: 'EV-14',
      title: {
        zh: '评估等级3A以上的基金会、慈善组织可以申请公益性捐赠税前扣除资格',
        en: '3A and above foundations and charities: may apply for donation deduction',
      },
      source: order39('第二十八条', 'Art. 28'),
      effective: { from: EVALUATION_2011_FROM },
      notes:
        'Also JR-05 and JR-07’s grade condition: eligibility to apply. The qualification once ' +
        'confirmed is JR-07’s grant, read from DonationDeductionQualificationGranted.',
      when: when.all(
        when.grade({ atLeast: '3A', valid: true }),
        when.any(when.orgKind('foundation'), when.attribute('charity')),
        WITHOUT_SERIOUS_LISTING,
      ),
      then: [effects.grant('donation_tax_deduction')],
    }),
    rule({
      id: 'EV-15',
      title: {
        zh: '评估等级4A以上的，年度检查可以简化程序',
        en: '4A and above: simplified annual inspection',
      },
      source: order39('第二十八条', 'Art. 28'),
      effective: { from: EVALUATION_2011_FROM },
      notes: 'Also JR-06.',
      when: when.grade({ atLeast: '4A', valid: true }),
      then: [effects.grant('simplified_inspection')],
    }),
    rule({
      id: 'EV-18',
      title: {
        zh: '被降低或取消评估等级的，在限制期内不得申请评估',
        en: 'Downgraded or cancelled: no application during the cool-off',
      },
      source: order39('第三十一条', 'Art. 31'),
      effective: { from: EVALUATION_2011_FROM },
      notes:
        'The cool-off (2 years after a downgrade, 3 after a cancellation, the action’s day ' +
        'counted) ends on the coolOffUntil the credit file derives from the action’s day under ' +
        'the measures in force; the bar holds through that day.',
      when: when.count(
        entries.gradeHistory({
          where: where.gte('coolOffUntil', where.at),
          label: { zh: '限制期内的等级处理', en: 'grade actions in their cool-off' },
        }),
      ),
      then: [effects.bar('evaluation')],
    }),
    rule({
      id: 'EV-26',
      title: {
        zh: '列入活动异常名录或严重违法失信名单的全国性社会组织，不参加评估',
        en: 'Listed national-level organizations are not evaluated',
      },
      source: {
        instrument: '《全国性社会组织评估管理规定》（民发〔2021〕96号）',
        confidence: 'V-sec',
        cite: {
          zh: '《全国性社会组织评估管理规定》',
          en: 'MCA rules for national-level organizations (2021)',
        },
      },
      effective: { from: '2022-01-01' },
      notes:
        'The catalogue gives no day of effect for the 2021 rules; the pack applies them from ' +
        '2022-01-01. The lists are those of Order 60.',
      when: when.all(
        when.attribute('national_level'),
        when.any(when.onList('abnormal'), when.onList('serious')),
      ),
      then: [effects.bar('evaluation')],
    }),
  ]
}
