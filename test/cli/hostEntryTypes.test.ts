import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { registerHistory } from '../../src/testing/register/registerFixtures'
import { freshDirectory, initialised, jsonLines, run } from './builtBinary'

const PACKAGE = pathToFileURL(fileURLToPath(new URL('../../dist/index.js', import.meta.url))).href
const ZOD = pathToFileURL(createRequire(import.meta.url).resolve('zod')).href

// A host's module, as a town would write it next to its workspace.
const MODULE = `import { defineEntryType } from '${PACKAGE}'
import * as z from '${ZOD}'
export const entryTypes = [
  defineEntryType({
    type: 'jinshanwei.Assessed',
    title: { zh: '年终考核', en: 'Year-end assessment' },
    section: 'assessments',
    data: z.strictObject({ year: z.number().int(), result: z.enum(['excellent', 'fail']) }),
  }),
]
`

async function townWorkspace(): Promise<{ cwd: string; org: string }> {
  const cwd = await initialised()
  writeFileSync(join(cwd, 'town-types.mjs'), MODULE)
  const config = join(cwd, 'integrity-ledger.json')
  const workspace = JSON.parse(readFileSync(config, 'utf8'))
  writeFileSync(config, JSON.stringify({ ...workspace, entryTypes: 'town-types.mjs' }))
  const entries = registerHistory(0)
  const org = entries[0]?.org as string
  const assessed = {
    org,
    type: 'jinshanwei.Assessed' as const,
    effectiveAt: '2025-12-20',
    by: '金山卫镇人民政府',
    data: { year: 2025, result: 'excellent' },
  }
  const appended = await run(['append'], { cwd, input: jsonLines([...entries, assessed]) })
  expect(appended.code, appended.stderr).toBe(0)
  return { cwd, org }
}

describe('a workspace with host entry types', () => {
  it('appends, shows and verifies host entries with the module the configuration names', async () => {
    const { cwd, org } = await townWorkspace()
    const file = await run(['--json', 'file', org], { cwd })
    expect(JSON.parse(file.stdout).host.assessments).toHaveLength(1)
    expect((await run(['export', '--out', 'ledger.jsonl'], { cwd })).code).toBe(0)
    const verified = await run(['--json', 'verify', 'ledger.jsonl'], { cwd })
    expect(JSON.parse(verified.stdout)).toMatchObject({ verified: true })
  })

  it('refuses an export with a host type the reader is not given, exit 1', async () => {
    const { cwd } = await townWorkspace()
    expect((await run(['export', '--out', 'ledger.jsonl'], { cwd })).code).toBe(0)
    const elsewhere = freshDirectory()
    const key = readFileSync(join(cwd, 'ledger.pub'), 'utf8').trim()
    const refused = await run(
      ['--json', 'verify', join(cwd, 'ledger.jsonl'), '--public-key', key],
      { cwd: elsewhere },
    )
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.stdout)).toMatchObject({
      verified: false,
      issues: [{ code: 'unknown_entry_type' }],
    })
    const withTypes = await run(
      [
        '--json',
        'verify',
        join(cwd, 'ledger.jsonl'),
        '--public-key',
        key,
        '--entry-types',
        join(cwd, 'town-types.mjs'),
      ],
      { cwd: elsewhere },
    )
    expect(JSON.parse(withTypes.stdout)).toMatchObject({ verified: true })
  })

  it('says which module it cannot load, as a usage error', async () => {
    const cwd = await initialised()
    const config = join(cwd, 'integrity-ledger.json')
    const workspace = JSON.parse(readFileSync(config, 'utf8'))
    writeFileSync(config, JSON.stringify({ ...workspace, entryTypes: 'missing.mjs' }))
    const ran = await run(['stats'], { cwd })
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain('missing.mjs')
  })
})
