import { EVALUATION_2011_FROM } from './evaluationMeasuresOn'
import type { IndicatorCategory, IndicatorSet } from './indicatorSet'

/**
 * The score bands of EV-27 (Anqing and Huaining notices, Anhui): local practice, not national
 * law. The notices write 5A as "950以上" and 4A as 901–950, so 950 sits in both; 950 is read as
 * 4A, making 5A 951–1000. Their 1A band is cut off; it continues the 50-point steps, 751–800.
 */
export const localScoreBands: IndicatorSet['bands'] = {
  '1A': { min: 751, max: 800 },
  '2A': { min: 801, max: 850 },
  '3A': { min: 851, max: 900 },
  '4A': { min: 901, max: 950 },
  '5A': { min: 951, max: 1000 },
}

/** Why a national default set is marked local, for its `notes`. */
export const LOCAL_NOTES: string =
  'Local practice, not national law. Order 39 Art. 8 fixes only the four first-level ' +
  'categories (EV-03); the second-level indicators and their points are this library’s choice, ' +
  'modelled on published provincial indicator tables, for a host to replace with its own. The ' +
  'score bands are those of the Anqing and Huaining notices (EV-27): 5A "950以上", 4A 901–950, ' +
  '3A 851–900, 2A 801–850. The notices put 950 in both 5A and 4A; here 950 is 4A and 5A is ' +
  '951–1000. Their 1A band is cut off; here it continues the 50-point steps, 751–800. Below 751 ' +
  'no grade is earned.'

/** Where a national default set comes from: the categories, then the bands. */
export const LOCAL_SOURCE: IndicatorSet['source'] = {
  zh: '《社会组织评估管理办法》第八条（一级指标）；安庆市、怀宁县社会组织评估通知（分数段，地方做法）',
  en: 'Order 39 Art. 8 (first-level categories); Anqing and Huaining evaluation notices (score bands, local practice)',
}

/** What both default sets share: in force from Order 39, local, with the bands above. */
export const localDefault: Pick<
  IndicatorSet,
  'effective' | 'source' | 'local' | 'notes' | 'bands'
> = {
  effective: { from: EVALUATION_2011_FROM },
  source: LOCAL_SOURCE,
  local: true,
  notes: LOCAL_NOTES,
  bands: localScoreBands,
}

/** EV-03's social evaluation (社会评价), scored alike in both default sets: 120 points. */
export const socialEvaluation: IndicatorCategory = {
  id: 'social',
  title: { zh: '社会评价', en: 'Social evaluation' },
  indicators: [
    { id: 'social.internal', title: { zh: '内部评价', en: 'Internal evaluation' }, maxPoints: 50 },
    { id: 'social.external', title: { zh: '外部评价', en: 'External evaluation' }, maxPoints: 50 },
    { id: 'social.honours', title: { zh: '获奖与表彰', en: 'Honours' }, maxPoints: 20 },
  ],
}
