import { type Condition, entries, when, where } from '../../rules'

/**
 * No downgrade or cancellation in the last year: one ground leads to one grade action, not to
 * a new one every day until the next inspection.
 */
export const noRecentGradeAction: Condition = when.none(
  entries.gradeHistory({
    where: where.in('event', ['downgraded', 'cancelled']),
    label: { zh: '降低或取消评估等级', en: 'downgrades or cancellations' },
  }),
  { years: 1 },
)

/** A penalty decision in the previous calendar year. */
export const penalisedLastYear: Condition = when.count(
  entries.penalties({ standing: true, label: { zh: '行政处罚', en: 'penalties' } }),
  { window: { calendarYear: 'previous' } },
)

/** A suspension of activities whose last day is today or later: a penalty still being executed. */
export const suspensionRunning: Condition = when.count(
  entries.penalties({
    standing: true,
    where: where.sanction('suspension', where.gte('to', where.at)),
    label: { zh: '尚在执行的停止活动处罚', en: 'suspensions still running' },
  }),
)
