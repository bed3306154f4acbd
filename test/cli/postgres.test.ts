import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { registerHistory } from '../../src/testing/register/registerFixtures'
import {
  dropSchema,
  freshSchema,
  POSTGRES_URL,
  postgresAvailable,
} from '../adapters/postgres/postgresServer'
import { initialised, jsonLines, run } from './builtBinary'

const schema = freshSchema()
afterAll(async () => {
  if (postgresAvailable) await dropSchema(schema)
})

describe.skipIf(!postgresAvailable)('a workspace on PostgreSQL', () => {
  it('is made by init --store postgres://…, and every command works on it', async () => {
    const url = `${POSTGRES_URL}?schema=${schema}`
    const cwd = await initialised(url)
    const config = JSON.parse(readFileSync(join(cwd, 'integrity-ledger.json'), 'utf8'))
    expect(config.store).toBe(url)
    expect(config.key).toBe('ledger.key')
    const entries = Array.from({ length: 12 }, (_, i) => registerHistory(i)).flat()
    expect((await run(['append'], { cwd, input: jsonLines(entries) })).code).toBe(0)
    const rules = await run(
      ['--json', 'rules', 'run', '--from', '2016-01-01', '--to', '2023-12-31'],
      { cwd },
    )
    expect(rules.code).toBe(0)
    const appended = JSON.parse(rules.stdout).counts.appended
    expect(appended).toBeGreaterThan(0)
    const unsigned = await run(['verify'], { cwd })
    expect(unsigned.code).toBe(1)
    expect(unsigned.stdout).toContain('run `checkpoint` first')
    expect((await run(['checkpoint'], { cwd })).code).toBe(0)
    const verified = await run(['--json', 'verify'], { cwd })
    expect(JSON.parse(verified.stdout)).toMatchObject({
      verified: true,
      entries: entries.length + appended,
    })
    const search = await run(['--json', 'search', '养老'], { cwd })
    expect(JSON.parse(search.stdout).total).toBeGreaterThan(0)
  })
})
