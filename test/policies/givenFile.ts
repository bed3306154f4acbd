import { type CreditFile, creditFileOf } from '../../src/credit-file'
import { type Entry, entryTypes } from '../../src/events'
import { type GivenEntry, SPECIFICATION_ORG } from '../../src/testing'

/**
 * The credit file of entries as a rule specification gives them (seq 0, 1, 2…), read as of
 * `at`: for what a test reads from the file besides the decisions, such as `obligations`.
 */
export function fileOf(at: string, ...given: readonly GivenEntry[]): CreditFile {
  const entries = given.map((item, seq) => {
    const entry: Record<string, unknown> = {
      by: item.by ?? '上海市浦东新区民政局',
      data: item.data,
      effectiveAt: item.effectiveAt,
      org: item.org ?? SPECIFICATION_ORG,
      recordedAt: item.recordedAt ?? `${item.effectiveAt.slice(0, 10)}T10:00:00+08:00`,
      schema: entryTypes[item.type].schema,
      seq,
      type: item.type,
      version: seq + 1,
    }
    if (item.amends !== undefined) entry.amends = item.amends
    return entry as unknown as Entry
  })
  return creditFileOf(entries, { asOf: at })
}
