// 淘劣: a warning for an organization the town assessed 不合格.
import { effects, type Rule, rule, when, where } from '../../src/index'
import { ASSESSMENT_RESULTS, FOUNDING_DOCUMENT, HEED_WARNING, TOWN_SUPPORT } from './source'
import { assessmentsWhere } from './townFilters'

/** JSW-30: a warning, and no town support, while the latest assessment is 不合格. */
export function failWarningRule(effective: Rule['effective']): Rule {
  return rule({
    id: 'JSW-30',
    title: {
      zh: '年终考核不合格的，予以警示，暂停镇级扶持',
      en: 'Latest assessment failed: a warning, and no town support',
    },
    source: { ...FOUNDING_DOCUMENT, article: ASSESSMENT_RESULTS },
    effective,
    notes:
      'The warning stands until an assessment that is not 不合格 (a redone one included). It has no due day: the next year-end assessment is where it is judged. The town records no entry of its own for the warning, since a policy can propose only built-in entry types; the obligation is the record.',
    when: when.all(
      when.active(),
      when.field(assessmentsWhere(['fail']), where.eq('data.result', 'fail')),
    ),
    then: [
      effects.oblige('heed_town_warning', 'organization', { title: HEED_WARNING }),
      effects.bar('town_support', TOWN_SUPPORT),
    ],
  })
}
