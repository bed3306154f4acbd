import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { createLedger } from '../../src/createLedger'
import { creditFileOf, evolve } from '../../src/credit-file'
import { publicationEndings } from '../../src/disclosure'
import { isLedgerError } from '../../src/errors'
import { defineEntryType } from '../../src/events'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { GROUP, registration, signer } from './fixtures'
import { assessed, townTypes } from './hostTypes'

const clock = () => fixedClock('2026-01-05T09:00:00+08:00', 1000)

async function ledgerWith(entryTypes = townTypes) {
  const ledger = createLedger({ store: memoryStore(), clock: clock(), signer, entryTypes })
  await ledger.append(registration(GROUP))
  return ledger
}

const assessment = {
  org: GROUP,
  type: 'town.Assessed' as const,
  effectiveAt: '2025-12-20',
  by: '金山卫镇人民政府',
  data: { year: 2025, score: 92, result: 'excellent' },
}

describe('host entry types at their edges', () => {
  it('folds a section named like an Object property as any other', async () => {
    const odd = defineEntryType({
      type: 'town.Noted',
      title: { zh: '备注', en: 'Noted' },
      section: 'constructor',
      data: z.strictObject({ note: z.string() }),
    })
    const ledger = await ledgerWith([odd])
    await ledger.append({ ...assessment, type: 'town.Noted', data: { note: '一' } })
    expect((await ledger.creditFile(GROUP)).host.constructor).toHaveLength(1)
  })

  it('returns a coded failure for a host schema that outputs what is not JSON', async () => {
    const dated = defineEntryType({
      type: 'town.Dated',
      title: { zh: '日期', en: 'Dated' },
      section: 'dated',
      data: z.strictObject({ at: z.string().transform((s) => new Date(s)) }),
    })
    const ledger = await ledgerWith([dated])
    const result = await ledger.safeAppend({
      ...assessment,
      type: 'town.Dated',
      data: { at: '2025-01-01' },
    })
    expect(result).toMatchObject({ success: false, issues: [{ code: 'not_json', path: ['data'] }] })
  })

  it('refuses a host schema that does not read its own output back', async () => {
    const doubled = defineEntryType({
      type: 'town.Doubled',
      title: { zh: '翻倍', en: 'Doubled' },
      section: 'doubled',
      data: z.strictObject({ n: z.number().transform((n) => n * 2) }),
    })
    const ledger = await ledgerWith([doubled])
    const result = await ledger.safeAppend({ ...assessment, type: 'town.Doubled', data: { n: 1 } })
    expect(result).toMatchObject({ success: false, issues: [{ code: 'unstable_payload' }] })
  })

  it('refuses a sparse list of entry types with a coded error, not a TypeError', () => {
    try {
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test.
      createLedger({ store: memoryStore(), entryTypes: [, assessed] as never })
      throw new Error('accepted')
    } catch (error) {
      expect(isLedgerError(error) && error.issues[0]?.path).toEqual(['entryTypes', 0])
    }
  })

  it('keeps host visibility when a report is asked for with policy: undefined', async () => {
    const ledger = await ledgerWith()
    await ledger.append(assessment)
    const report = await ledger.publicReport(GROUP, {
      asOf: '2026-01-05',
      policy: undefined as never,
    })
    const shown = Object.values(report.sections)
      .flat()
      .map((item) => item.entry.type)
    expect(shown).toContain('town.Assessed')
  })

  it("ends publications over a stream that holds host entries, given the ledger's types", async () => {
    const ledger = await ledgerWith()
    await ledger.append(assessment)
    const entries = await ledger.entries(GROUP)
    const { nationalDisclosureOptions, nationalDisclosurePolicy } = await import(
      '../../src/disclosure'
    )
    const withWindows = {
      ...nationalDisclosurePolicy,
      windows: nationalDisclosureOptions.creditRepairWindows,
    }
    expect(() => publicationEndings(withWindows, entries, { at: '2026-01-05', by: 'x' })).toThrow(
      /town\.Assessed/,
    )
    expect(
      publicationEndings(withWindows, entries, {
        at: '2026-01-05',
        by: 'x',
        entryTypes: ledger.entryTypes,
      }),
    ).toEqual([])
  })

  it('refuses to evolve a file saved before the host and evaluation sections existed', async () => {
    const ledger = await ledgerWith()
    const [entry] = (await ledger.entries(GROUP)).map(ledger.entryTypes.upcast)
    const { host: _h, evaluations: _e, ...old } = creditFileOf([])
    try {
      evolve(old as never, entry as never)
      throw new Error('accepted')
    } catch (error) {
      expect(isLedgerError(error) && error.code).toBe('INVALID_INPUT')
    }
  })
})
