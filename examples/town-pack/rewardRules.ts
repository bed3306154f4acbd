// 奖优: support for the organizations the town assessed well, a commendation for the best.
import { effects, entries, type Rule, rule, when, where } from '../../src/index'
import {
  ASSESSMENT_RESULTS,
  FOUNDING_DOCUMENT,
  INCENTIVES,
  TOWN_GOVERNMENT,
  TOWN_HONOUR,
  TOWN_SUPPORT,
} from './source'
import { assessmentsOf, assessmentsWhere, exemplars } from './townFilters'

/** JSW-20: town support while the latest assessment is 优秀 or 良好. */
export function supportRule(effective: Rule['effective']): Rule {
  return rule({
    id: 'JSW-20',
    title: {
      zh: '年终考核优秀或良好的，给予镇级扶持',
      en: 'Latest assessment excellent or good: town support',
    },
    source: { ...FOUNDING_DOCUMENT, article: ASSESSMENT_RESULTS },
    effective,
    notes:
      'Reads the latest assessment by its effective day; a redone assessment has replaced the first of its year. The support holds from that assessment until the next one says otherwise. A warning (JSW-11, JSW-30) bars it, and a bar outweighs a grant.',
    when: when.all(
      when.active(),
      when.field(
        assessmentsWhere(['excellent', 'good']),
        where.in('data.result', ['excellent', 'good']),
      ),
    ),
    then: [effects.grant('town_support', TOWN_SUPPORT)],
  })
}

/**
 * JSW-21 for one year: propose the town's commendation for two consecutive 优秀 years (the two
 * years before `year`) or for an exemplar designated within the last year, unless the honour
 * was awarded within the last year. One version per year, as it reads assessments by year.
 */
export function commendationRule(year: number): Rule {
  return rule({
    id: 'JSW-21',
    title: {
      zh: '连续两年考核优秀或树立为典型的，建议表彰',
      en: 'Two excellent years running, or an exemplar: propose a commendation',
    },
    source: { ...FOUNDING_DOCUMENT, article: INCENTIVES },
    effective: { from: `${year}-01-01`, to: `${year + 1}-01-01` },
    notes: `In ${year}, reads the assessments of ${year - 2} and ${year - 1}: the year-end assessment decides the next year's commendations, so the proposal is dated from 1 January. An exemplar counts for a year from its designation. The town government decides (needs_decision); once the honour is on record, nothing is proposed for a year.`,
    when: when.all(
      when.active(),
      when.any(
        when.all(
          when.count(assessmentsOf(year - 2, 'excellent')),
          when.count(assessmentsOf(year - 1, 'excellent')),
        ),
        when.count(exemplars, { window: { years: 1 } }),
      ),
      when.none(entries.commendations({ where: where.eq('honour', TOWN_HONOUR) }), { years: 1 }),
    ),
    then: [
      effects.propose(
        'Commended',
        { honour: TOWN_HONOUR, level: 'county', awardedBy: TOWN_GOVERNMENT },
        { mode: 'needs_decision', by: TOWN_GOVERNMENT },
      ),
    ],
  })
}
