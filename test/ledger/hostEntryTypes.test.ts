import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import { creditFileOf, evolve } from '../../src/credit-file'
import { disclosingHostTypes, nationalDisclosurePolicy, verifyReport } from '../../src/disclosure'
import { isLedgerError } from '../../src/errors'
import { importLedger } from '../../src/ledger/importLedger'
import { cnPolicy } from '../../src/policies'
import { createRegister } from '../../src/register'
import { sweep } from '../../src/rules/sweep'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { GROUP, registration, signer, snapshot } from './fixtures'
import { assessed, townTypes, workPlanFiled, workPlanFiledV1 } from './hostTypes'

const clock = () => fixedClock('2026-01-05T09:00:00+08:00', 1000)

const plan = (year: number, summary = '社区为老服务') => ({
  org: GROUP,
  type: 'town.WorkPlanFiled' as const,
  effectiveAt: `${year}-01-05`,
  by: GROUP,
  data: { year, summary, items: 6 },
})

const assessment = (year: number, score: number, result: string) => ({
  org: GROUP,
  type: 'town.Assessed' as const,
  effectiveAt: `${year}-12-20`,
  by: '金山卫镇人民政府',
  data: { year, score, result },
})

async function townLedger() {
  const store = memoryStore()
  const ledger = createLedger({ store, clock: clock(), signer, entryTypes: townTypes })
  await ledger.append(registration(GROUP))
  return { store, ledger }
}

async function appendFails(
  ledger: { safeAppend: (input: unknown) => Promise<unknown> },
  input: unknown,
) {
  const result = (await ledger.safeAppend(input)) as { success: boolean; issues?: unknown[] }
  expect(result.success).toBe(false)
  return result.issues as { code: string; path: (string | number)[] }[]
}

describe('a ledger with host entry types', () => {
  it('appends host entries and folds them into their host sections', async () => {
    const { ledger } = await townLedger()
    await ledger.append([plan(2025), assessment(2025, 92, 'excellent') as never])
    const file = await ledger.creditFile(GROUP)
    expect(file.host.workPlans).toEqual([
      {
        seq: 1,
        type: 'town.WorkPlanFiled' as const,
        on: '2025-01-05',
        data: { year: 2025, summary: '社区为老服务', items: 6 },
      },
    ])
    expect(file.host.assessments?.map((item) => item.data.result)).toEqual(['excellent'])
  })

  it('checks a host payload with its schema and names the field, writing nothing', async () => {
    const { ledger, store } = await townLedger()
    const before = await snapshot(store)
    const issues = await appendFails(ledger, { ...plan(2025), data: { year: 'next', summary: '' } })
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'data.items',
      'data.summary',
      'data.year',
    ])
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses a host type the ledger was not given', async () => {
    const store = memoryStore()
    const plain = createLedger({ store, clock: clock(), signer })
    await plain.append(registration(GROUP))
    const issues = await appendFails(plain, plan(2025))
    expect(issues).toMatchObject([{ code: 'unknown_entry_type', path: ['type'] }])
  })

  it('lets a host fold replace an earlier item, and corrections and retractions apply', async () => {
    const { ledger } = await townLedger()
    await ledger.append(assessment(2025, 70, 'pass'))
    const redone = await ledger.append(assessment(2025, 81, 'good'))
    const seq = redone.entries[0]?.seq as number
    let file = await ledger.creditFile(GROUP)
    expect(file.host.assessments?.map((item) => item.data.score)).toEqual([81])
    await ledger.append({
      org: GROUP,
      type: 'EntryCorrected',
      effectiveAt: '2026-01-05',
      by: '金山卫镇人民政府',
      amends: seq,
      data: { fields: { score: 85 }, reason: '复核后更正分数' },
    })
    file = await ledger.creditFile(GROUP)
    expect(file.host.assessments?.map((item) => item.data.score)).toEqual([85])
    const wrong = await ledger.safeAppend({
      org: GROUP,
      type: 'EntryCorrected',
      effectiveAt: '2026-01-05',
      by: '金山卫镇人民政府',
      amends: seq,
      data: { fields: { score: 101 }, reason: '录入错误' },
    })
    expect(wrong).toMatchObject({ success: false, issues: [{ path: ['data', 'fields', 'score'] }] })
  })

  it('lifts entries written under an older host schema with its upcaster', async () => {
    const store = memoryStore()
    const old = createLedger({ store, clock: clock(), signer, entryTypes: [workPlanFiledV1] })
    await old.append(registration(GROUP))
    await old.append({ ...plan(2024), data: { year: 2024, summary: '旧版计划' } })
    const current = createLedger({ store, clock: clock(), signer, entryTypes: [workPlanFiled] })
    const file = await current.creditFile(GROUP)
    expect(file.host.workPlans?.[0]?.data).toEqual({ year: 2024, summary: '旧版计划', items: 0 })
    expect((await current.entries(GROUP))[1]?.schema).toBe(1)
  })

  it('will not open a store holding a host type it was not given', async () => {
    const { store, ledger } = await townLedger()
    await ledger.append(plan(2025))
    const plain = createLedger({ store, clock: clock(), signer })
    await expect(plain.head()).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('refuses to fold a host entry into a credit file read without its type', async () => {
    const { ledger } = await townLedger()
    await ledger.append(plan(2025))
    const entries = (await ledger.entries(GROUP)).map(ledger.entryTypes.upcast)
    expect(() => creditFileOf(entries)).toThrow(/town.WorkPlanFiled/)
    const file = creditFileOf(entries, { entryTypes: ledger.entryTypes })
    expect(file.host.workPlans).toHaveLength(1)
  })

  it('folds host entries one by one as it folds them all at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            year: fc.integer({ min: 2020, max: 2023 }),
            score: fc.integer({ min: 0, max: 100 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (assessments) => {
          const { ledger } = await townLedger()
          for (const { year, score } of assessments) {
            await ledger.append(assessment(year, score, score >= 60 ? 'pass' : 'fail'))
          }
          const entries = (await ledger.entries(GROUP)).map(ledger.entryTypes.upcast)
          let file = creditFileOf([], { entryTypes: ledger.entryTypes })
          entries.forEach((entry, index) => {
            file = evolve(file, entry, entries.slice(0, index), ledger.entryTypes)
          })
          const whole = creditFileOf(entries, { entryTypes: ledger.entryTypes })
          expect(file.host).toEqual(whole.host)
          // One item per year, the last assessment of each.
          const last = new Map(assessments.map(({ year, score }) => [year, score]))
          expect(
            Object.fromEntries(
              (whole.host.assessments ?? []).map((item) => [item.data.year, item.data.score]),
            ),
          ).toEqual(Object.fromEntries(last))
        },
      ),
      { numRuns: 25 },
    )
  })

  it('shows a public host type in the public report and keeps the others back', async () => {
    const { ledger } = await townLedger()
    await ledger.append([plan(2025), assessment(2025, 92, 'excellent') as never])
    const report = await ledger.publicReport(GROUP, { asOf: '2026-01-05' })
    const shown = Object.values(report.sections)
      .flat()
      .map((item) => item.entry.type)
    expect(shown).toContain('town.Assessed')
    expect(shown).not.toContain('town.WorkPlanFiled')
    const policy = disclosingHostTypes(nationalDisclosurePolicy, ledger.entryTypes.hostTypes)
    expect(verifyReport(report, { publicKey: signer.publicKey, policy }).success).toBe(true)
    const national = verifyReport(report, {
      publicKey: signer.publicKey,
      policy: nationalDisclosurePolicy,
    })
    expect(national.success).toBe(false)
  })
})

describe('the register and the rules over a ledger with host types', () => {
  it("catches the register up with the ledger's entry types, and refuses to without them", async () => {
    const { ledger, store } = await townLedger()
    await ledger.append(plan(2025))
    const register = createRegister({ store, entryTypes: ledger.entryTypes })
    await register.catchUp()
    expect((await register.organization(GROUP))?.org).toBe(GROUP)
    const blind = createRegister({ store })
    await expect(blind.catchUp()).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('sweeps the national rules over host entries', async () => {
    const { ledger } = await townLedger()
    await ledger.append(plan(2025))
    const swept = await sweep(ledger, cnPolicy, { at: '2026-01-05' })
    expect(swept.evaluated).toEqual([GROUP])
  })
})

describe('exporting and importing host entries', () => {
  async function exported() {
    const { ledger } = await townLedger()
    await ledger.append([plan(2025), assessment(2025, 92, 'excellent') as never])
    const lines: string[] = []
    for await (const line of ledger.export({ personal: true })) lines.push(line)
    return { ledger, lines }
  }

  async function refused(
    lines: string[],
    entryTypes?: Parameters<typeof importLedger>[2]['entryTypes'],
  ) {
    const store = memoryStore()
    try {
      await importLedger(store, lines, {
        publicKey: signer.publicKey,
        ...(entryTypes ? { entryTypes } : {}),
      })
    } catch (error) {
      expect(await store.head()).toBe(0)
      if (isLedgerError(error))
        return { code: error.code, issue: error.issues[0]?.code, message: error.message }
      throw error
    }
    throw new Error('the import was not refused')
  }

  it('names the host types in the header and round-trips with them', async () => {
    const { ledger, lines } = await exported()
    expect(JSON.parse(lines[0] as string).entryTypes).toEqual({
      'town.WorkPlanFiled': 2,
      'town.Assessed': 1,
    })
    const store = memoryStore()
    await importLedger(store, lines, { publicKey: signer.publicKey, entryTypes: ledger.entryTypes })
    const copy = createLedger({ store, clock: clock(), signer, entryTypes: townTypes })
    expect(await copy.head()).toEqual(await ledger.head())
    expect((await copy.creditFile(GROUP)).host).toEqual((await ledger.creditFile(GROUP)).host)
  })

  it('refuses an export with host types the reader does not know, at the header', async () => {
    const { lines } = await exported()
    expect(await refused(lines)).toMatchObject({
      code: 'INVALID_INPUT',
      issue: 'unknown_entry_type',
      message: expect.stringMatching(/^line 1: .*town\.WorkPlanFiled/),
    })
  })

  it('refuses a host entry even when the header leaves its type out', async () => {
    const { lines } = await exported()
    const header = JSON.parse(lines[0] as string)
    delete header.entryTypes
    const edited = [JSON.stringify(header), ...lines.slice(1)]
    expect(await refused(edited)).toMatchObject({ issue: 'unknown_entry_type' })
  })

  it('refuses a host type defined differently by the reader, rather than misreading it', async () => {
    const { lines } = await exported()
    const { defineEntryType } = await import('../../src/events')
    const { z } = await import('zod')
    const otherAssessed = defineEntryType({
      type: 'town.Assessed' as const,
      title: { zh: '考核', en: 'Assessed' },
      section: 'assessments',
      data: z.strictObject({ year: z.number(), grade: z.string() }),
    })
    const { entryCatalogue } = await import('../../src/events')
    expect(await refused(lines, entryCatalogue([workPlanFiled, otherAssessed]))).toMatchObject({
      issue: 'entry_type_mismatch',
    })
    expect(await refused(lines, entryCatalogue([workPlanFiledV1, assessed]))).toMatchObject({
      issue: 'unsupported_schema',
    })
  })
})
