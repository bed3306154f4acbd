import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Ledger } from '../../src/createLedger'
import { canonicalJson } from '../../src/events'
import { organizationCodeCheckCharacter, usccCheckCharacter } from '../../src/identity'
import { importRows } from '../../src/import'
import type { SourceRow } from '../../src/import/sourceRow'
import { inspectionRow, newImportLedger, registrationRow, registryMapping } from './fixtures'

/** The code of the `n`th social group of Hangzhou's Xihu district, both checks valid. */
function groupCode(n: number): string {
  const body = `MJ${String(n).padStart(6, '0')}`
  const first17 = `51330106${body}${organizationCodeCheckCharacter(body)}`
  return first17 + usccCheckCharacter(first17)
}

/** A sheet: registrations first, then each organization's inspections, on lines from 2. */
const sheets = fc
  .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 })
  .map((inspections) => {
    const registrations = inspections.map((_, n) =>
      registrationRow(0, groupCode(n), `杭州市西湖区第${n + 1}协会`),
    )
    const later = inspections.flatMap((count, n) =>
      Array.from({ length: count }, (_, k) => inspectionRow(0, groupCode(n), 2016 + k)),
    )
    return [...registrations, ...later].map((row, index) => ({ ...row, line: index + 2 }))
  })

/** What a ledger holds, without its positions and times: one string per entry, sorted. */
async function contents(ledger: Ledger, rows: readonly SourceRow[]): Promise<string[]> {
  const orgs = new Set(rows.map((row) => row.values.统一社会信用代码 as string))
  const all: string[] = []
  for (const org of orgs) {
    for (const { type, effectiveAt, by, data } of await ledger.entries(org)) {
      all.push(canonicalJson({ org, type, effectiveAt, by, data }))
    }
  }
  return all.sort()
}

/** A reorder that keeps each registration before the inspections of its organization. */
function reordered(rows: readonly SourceRow[], order: readonly number[]): SourceRow[] {
  const ranked = rows.map((row, index) => ({ row, rank: order[index % order.length] ?? 0 }))
  const first = ranked.filter(({ row }) => row.values.记录类型 === '登记')
  const rest = ranked.filter(({ row }) => row.values.记录类型 !== '登记')
  const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank
  return [...first.sort(byRank), ...rest.sort(byRank)].map(({ row }) => row)
}

describe('importRows, stopped and run again', () => {
  it('an import aborted after any row, then run again over the rows in another order, writes each row exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(
        sheets,
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        async (rows, stopAt, order) => {
          const stop = stopAt % (rows.length + 1)
          const whole = newImportLedger()
          await importRows(whole.ledger, rows, registryMapping)

          const { ledger } = newImportLedger()
          const controller = new AbortController()
          if (stop === 0) controller.abort()
          const first = await importRows(ledger, rows, registryMapping, {
            signal: controller.signal,
            progressEvery: { rows: 1 },
            onProgress: (progress) => {
              if (progress.rows === stop) controller.abort()
            },
          })
          expect(first).toMatchObject({ rows: stop, written: stop, stopped: true })

          const second = await importRows(ledger, reordered(rows, order), registryMapping)
          expect(second).toMatchObject({
            rows: rows.length,
            written: rows.length - stop,
            repeated: stop,
          })
          expect(second.refused).toEqual([])
          expect((await ledger.head()).size).toBe(rows.length)
          expect(await contents(ledger, rows)).toEqual(await contents(whole.ledger, rows))
        },
      ),
      { numRuns: 40 },
    )
  })
})
