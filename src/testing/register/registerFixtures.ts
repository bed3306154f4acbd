import type { EntryInput } from '../../ledger'
import { sampleHistory } from '../sampleHistory'
import { sampleOrganizationId } from '../sampleOrganizationId'

const DEPARTMENT = '上海市金山区民政局'

/**
 * A sample history with one of six endings, so a register of a few dozen organizations has
 * every kind of record: a listing that was removed, one still open, a grade, a deregistration,
 * a serious listing, and nothing special. Every day is before 2024.
 */
export function registerHistory(index: number): EntryInput[] {
  const org = sampleOrganizationId(index)
  const at = (type: string, effectiveAt: string, data: object, amends?: number): EntryInput =>
    ({
      org,
      type,
      effectiveAt,
      by: DEPARTMENT,
      data,
      ...(amends === undefined ? {} : { amends }),
    }) as EntryInput
  const listing = (on: string) =>
    at('ListedOnAbnormalList', on, {
      reason: 'annual_report_missing',
      department: DEPARTMENT,
      basis: { instrument: '《社会组织信用信息管理办法》' },
    })
  const history = sampleHistory(index, { entries: 8 })
  switch (index % 6) {
    case 0:
      return [...history, listing('2019-06-15')]
    case 1:
      return [...history, listing('2021-07-01')]
    case 2:
      return [
        ...history,
        at('EvaluationGraded', '2017-12-20', {
          grade: '3A',
          score: 868,
          evaluator: '上海市金山区社会组织评估委员会',
          evaluatorType: 'panel',
          evaluationKind: 'comprehensive',
          announcedOn: '2017-12-20',
          validFrom: '2017-12-20',
          validTo: '2022-12-19',
        }),
      ]
    case 3:
      return [
        ...history,
        at('Deregistered', '2022-05-01', {
          reason: 'dissolution',
          liquidationCompletedOn: '2022-04-30',
          department: DEPARTMENT,
        }),
      ]
    case 4:
      return [
        ...history,
        at('ListedOnSeriousList', '2020-09-01', {
          reason: 'abnormal_two_years',
          department: DEPARTMENT,
        }),
      ]
    default:
      return history
  }
}

/** The removal of the listing a `registerHistory(index)` with `index % 6 === 0` ends with. */
export function removalOf(index: number, listingSeq: number): EntryInput {
  return {
    org: sampleOrganizationId(index),
    type: 'RemovedFromAbnormalList',
    effectiveAt: '2020-03-01',
    by: DEPARTMENT,
    amends: listingSeq,
    data: { reason: 'obligation_fulfilled', department: DEPARTMENT },
  } as EntryInput
}
