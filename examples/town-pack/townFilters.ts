// The items of the town's host sections the rules read, each named for the explanations.
import { type EntryFilter, entries, where } from '../../src/index'
import { type AssessmentResult, resultWords } from './assessed'

/** Assessments of `year` with `result`: at most one, since a redone assessment replaces the first. */
export function assessmentsOf(year: number, result: AssessmentResult): EntryFilter {
  const words = resultWords[result]
  return entries.host('assessments', {
    where: where.all(where.eq('data.year', year), where.eq('data.result', result)),
    label: { zh: `${year}年度考核“${words.zh}”`, en: `${year} assessments “${words.en}”` },
  })
}

/** Every assessment, for `field`, which reads the latest one by its effective day. */
export function assessmentsWhere(results: readonly AssessmentResult[]): EntryFilter {
  const zh = results.map((result) => resultWords[result].zh).join('或')
  const en = results.map((result) => resultWords[result].en).join(' or ')
  return entries.host('assessments', {
    label: { zh: `年终考核（${zh}）`, en: `year-end assessment (${en})` },
  })
}

/** Work plans for `year`, whenever filed. */
export function plansFor(year: number): EntryFilter {
  return entries.host('workPlans', {
    where: where.eq('data.year', year),
    label: { zh: `${year}年度工作安排`, en: `work plans for ${year}` },
  })
}

/** Exemplar designations. */
export const exemplars: EntryFilter = entries.host('exemplars', {
  label: { zh: '树立典型', en: 'exemplar designations' },
})
