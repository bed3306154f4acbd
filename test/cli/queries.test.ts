import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqliteRegisterStore, sqliteStore } from '../../src/adapters/sqlite'
import { createLedger } from '../../src/createLedger'
import { verifyReport } from '../../src/disclosure'
import { cnPolicy } from '../../src/policies'
import { createRegister, dueDates, type Register, runRules } from '../../src/register'
import type { SweepState } from '../../src/rules'
import { type EventStore, memoryStore } from '../../src/store'
import { registerHistory } from '../../src/testing/register/registerFixtures'
import { sampleOrganizationId } from '../../src/testing/sampleOrganizationId'
import { initialised, jsonLines, run } from './builtBinary'

// One register of 36 organizations with every kind of record, run through the rules, then
// asked what the library's own API answers.
let cwd: string
let store: EventStore
let register: Register

beforeAll(async () => {
  cwd = await initialised()
  const entries = Array.from({ length: 36 }, (_, i) => registerHistory(i)).flat()
  expect((await run(['append'], { cwd, input: jsonLines(entries) })).code).toBe(0)
  const rules = await run(
    ['--json', 'rules', 'run', '--from', '2016-01-01', '--to', '2024-06-30'],
    { cwd },
  )
  expect(rules.code).toBe(0)
  store = sqliteStore({ file: join(cwd, 'ledger.db') })
  register = createRegister({
    store,
    readModels: sqliteRegisterStore({ file: join(cwd, 'ledger.db') }),
  })
  await register.catchUp()
})

afterAll(async () => {
  await register.close()
  await store.close()
})

const json = async (args: string[]) => {
  const ran = await run(['--json', ...args], { cwd })
  expect(ran.code, ran.stderr).toBe(0)
  return JSON.parse(ran.stdout)
}

describe('the register commands', () => {
  it('lists answer as the register does, by list, day, division and page', async () => {
    for (const list of ['abnormal', 'serious'] as const) {
      const answer = await json([
        'lists',
        list,
        '--on',
        '2023-06-30',
        '--division',
        '3101',
        '--limit',
        '5',
      ])
      const page = await register.listed(list, { on: '2023-06-30', division: '3101', limit: 5 })
      expect(answer.total).toBe(page.total)
      expect(answer.items).toEqual(JSON.parse(JSON.stringify(page.items)))
    }
  })

  it('search answers as the register does, and the text output shows the status in words', async () => {
    const answer = await json(['search', '养老'])
    const page = await register.search('养老', { limit: 20 })
    expect(answer.total).toBe(page.total)
    expect(answer.items.map((r: { org: string }) => r.org)).toEqual(page.items.map((r) => r.org))
    const zh = await run(['--lang', 'zh', 'search', '养老'], { cwd })
    expect(zh.stdout).toMatch(/已注销|存续/)
  })

  it('stats gives the counts of a day and the change between two days', async () => {
    expect(await json(['stats', '--on', '2023-01-01'])).toEqual(
      JSON.parse(JSON.stringify(await register.statistics({ on: '2023-01-01' }))),
    )
    expect(await json(['stats', '--from', '2020-01-01', '--on', '2023-01-01'])).toEqual(
      JSON.parse(
        JSON.stringify(await register.statisticsChange({ from: '2020-01-01', to: '2023-01-01' })),
      ),
    )
  })

  it('due reads the state the rules run kept, as dueDates does', async () => {
    const state = JSON.parse(readFileSync(join(cwd, 'rules-state.json'), 'utf8')) as SweepState
    const answer = await json([
      'due',
      '--from',
      '2024-01-01',
      '--to',
      '2025-12-31',
      '--limit',
      '10',
    ])
    const page = dueDates(state, { from: '2024-01-01', to: '2025-12-31', limit: 10 })
    expect(answer.total).toBe(page.total)
    expect(answer.items).toEqual(JSON.parse(JSON.stringify(page.items)))
  })
})

describe('file and report', () => {
  it('file prints the credit file the ledger folds, as of a day and as known at a day', async () => {
    const org = sampleOrganizationId(3)
    const ledger = createLedger({ store })
    expect(await json(['file', org, '--as-of', '2021-01-01'])).toEqual(
      JSON.parse(JSON.stringify(await ledger.creditFile(org, { asOf: '2021-01-01' }))),
    )
    const text = await run(['--lang', 'zh', 'file', org], { cwd })
    expect(text.stdout).toContain('状态: 已注销')
  })

  it('report writes a public report that verifies with the workspace key, in each format', async () => {
    const org = sampleOrganizationId(0)
    const key = readFileSync(join(cwd, 'ledger.pub'), 'utf8').trim()
    const report = await json(['report', org, '--as-of', '2024-06-30', '--format', 'json'])
    expect(verifyReport(report, { publicKey: key }).success).toBe(true)
    const html = await run(
      ['--lang', 'zh', 'report', org, '--format', 'html', '--as-of', '2024-06-30'],
      { cwd },
    )
    expect(html.code).toBe(0)
    expect(html.stdout).toMatch(/^<!doctype html>/i)
    expect(html.stdout).toContain('lang="zh-CN"')
    const text = await run(['report', org, '--out', 'report.txt'], { cwd })
    expect(text.code).toBe(0)
    expect(readFileSync(join(cwd, 'report.txt'), 'utf8')).toContain(org)
  })

  it('an organization the ledger does not hold is a failed check, exit 1', async () => {
    const ran = await run(['report', '51310116MJ4A001370'], { cwd })
    expect(ran.code).toBe(1)
    expect(ran.stderr).toContain('UNKNOWN_ORGANIZATION')
    const bad = await run(['file', '51310116MJ4A001371'], { cwd })
    expect(bad.code).toBe(1)
  })

  it('the rules run appended exactly what the library’s runRules appends to the same entries', async () => {
    const copyStore = memoryStore()
    const copy = createLedger({ store: copyStore })
    await copy.append(Array.from({ length: 36 }, (_, i) => registerHistory(i)).flat())
    await runRules(copy, cnPolicy, { from: '2016-01-01', to: '2024-06-30' })
    const proposed = async (source: EventStore) => {
      const found = []
      for await (const page of source.readAll()) {
        for (const { cause, data, effectiveAt, org, seq, type } of page) {
          if (cause) found.push({ cause, data, effectiveAt, org, seq, type })
        }
      }
      return found
    }
    const expected = await proposed(copyStore)
    expect(expected.length).toBeGreaterThan(0)
    expect(await proposed(store)).toEqual(expected)
  })
})
