import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sqliteStore } from '../../src/adapters/sqlite'
import { createLedger } from '../../src/createLedger'
import type { EventStore } from '../../src/store'
import { registerHistory } from '../../src/testing/register/registerFixtures'
import { freshDirectory, initialised, jsonLines, run } from './builtBinary'

const opened: EventStore[] = []
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close()
})

function storeIn(cwd: string): EventStore {
  const store = sqliteStore({ file: join(cwd, 'ledger.db') })
  opened.push(store)
  return store
}

describe('init', () => {
  it('creates the store, a key only its owner can read, and a configuration naming both', async () => {
    const cwd = freshDirectory()
    const ran = await run(['--json', 'init', '--origin', 'ledger.test/jinshan'], { cwd })
    expect(ran.code).toBe(0)
    const answer = JSON.parse(ran.stdout)
    expect(answer.verifierKey).toMatch(/^ledger\.test\/jinshan\+[0-9a-f]{8}\+/)
    expect(statSync(join(cwd, 'ledger.key')).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(cwd, 'ledger.key'), 'utf8')).toMatch(
      /^PRIVATE\+KEY\+ledger\.test\/jinshan\+/,
    )
    expect(JSON.parse(readFileSync(join(cwd, 'integrity-ledger.json'), 'utf8'))).toEqual({
      format: 'integrity-ledger/workspace/v1',
      store: 'ledger.db',
      key: 'ledger.key',
      origin: 'ledger.test/jinshan',
      rulesState: 'rules-state.json',
    })
    expect(statSync(join(cwd, 'ledger.db')).size).toBeGreaterThan(0)
  })

  it('refuses to run twice in one place, changing nothing', async () => {
    const cwd = await initialised()
    const key = readFileSync(join(cwd, 'ledger.key'), 'utf8')
    const again = await run(['init'], { cwd })
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('exists already')
    expect(readFileSync(join(cwd, 'ledger.key'), 'utf8')).toBe(key)
  })

  it('leaves nothing behind when the store cannot be opened', async () => {
    const cwd = freshDirectory()
    const ran = await run(['init', '--store', 'no/such/dir/ledger.db'], { cwd })
    expect(ran.code).toBe(1)
    expect(readdirSync(cwd)).toEqual([])
  })

  it('puts the default store beside a configuration given elsewhere', async () => {
    const cwd = freshDirectory()
    mkdirSync(join(cwd, 'ws'))
    const ran = await run(['--config', 'ws/integrity-ledger.json', 'init'], { cwd })
    expect(ran.code).toBe(0)
    expect(readdirSync(join(cwd, 'ws')).sort()).toEqual([
      'integrity-ledger.json',
      'ledger.db',
      'ledger.key',
      'ledger.pub',
    ])
  })

  it('uses a key it is given, keeping the log name the key was made for', async () => {
    const first = await initialised()
    const cwd = freshDirectory()
    const ran = await run(
      ['--json', 'init', '--key', join(first, 'ledger.key'), '--store', 'other.db'],
      { cwd },
    )
    expect(ran.code).toBe(0)
    expect(JSON.parse(ran.stdout).origin).toBe('ledger.test/jinshan')
    expect(JSON.parse(readFileSync(join(cwd, 'integrity-ledger.json'), 'utf8')).store).toBe(
      'other.db',
    )
  })
})

describe('append', () => {
  it('writes JSON Lines from stdin as one batch and reports the new size', async () => {
    const cwd = await initialised()
    const entries = [...registerHistory(0), ...registerHistory(1)]
    const ran = await run(['--json', 'append'], { cwd, input: jsonLines(entries) })
    expect(ran.code).toBe(0)
    expect(JSON.parse(ran.stdout)).toMatchObject({ written: entries.length, size: entries.length })
    expect(await storeIn(cwd).head()).toBe(entries.length)
  })

  it('takes one JSON value too, an entry or an array of entries', async () => {
    const cwd = await initialised()
    const [first, ...rest] = registerHistory(2)
    expect((await run(['append'], { cwd, input: JSON.stringify(first, null, 2) })).code).toBe(0)
    const ran = await run(['append'], { cwd, input: JSON.stringify(rest) })
    expect(ran.code).toBe(0)
    expect(ran.stdout).toContain(`wrote ${rest.length} entries`)
  })

  it('lists every refused line with its coded issues and writes nothing of the batch', async () => {
    const cwd = await initialised()
    const entries = registerHistory(3)
    const lines = jsonLines(entries).split('\n')
    lines[2] = (lines[2] ?? '').replace('"effectiveAt":"', '"effectiveAt":"x')
    lines.splice(4, 0, '{"org": not json')
    const ran = await run(['append'], { cwd, input: lines.join('\n') })
    expect(ran.code).toBe(1)
    expect(ran.stderr + ran.stdout).toContain('line 5 refused')
    const fixedJson = lines.filter((_, i) => i !== 4).join('\n')
    const refused = await run(['--json', 'append'], { cwd, input: fixedJson })
    expect(refused.code).toBe(1)
    const answer = JSON.parse(refused.stdout)
    expect(answer.written).toBe(0)
    expect(answer.refused[0]).toMatchObject({ line: 3, issues: [{ path: ['effectiveAt'] }] })
    expect(await storeIn(cwd).head()).toBe(0)
  })

  it('writes nothing twice under one idempotency key', async () => {
    const cwd = await initialised()
    const input = jsonLines(registerHistory(4))
    for (let i = 0; i < 2; i++) {
      expect((await run(['append', '--idempotency-key', 'batch-4'], { cwd, input })).code).toBe(0)
    }
    expect(await storeIn(cwd).head()).toBe(registerHistory(4).length)
  })

  it('takes records of another system only with --migration, marked with their original recording date', async () => {
    const cwd = await initialised()
    const migrated = registerHistory(5).map((entry) => ({
      ...entry,
      migrated: { recordedAt: entry.effectiveAt, source: '社会组织管理信息系统' },
    }))
    const refused = await run(['--json', 'append'], { cwd, input: jsonLines(migrated) })
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.stdout).refused[0].issues[0].code).toBe('migration_not_enabled')
    expect((await run(['append', '--migration'], { cwd, input: jsonLines(migrated) })).code).toBe(0)
    const org = migrated[0]?.org ?? ''
    const file = JSON.parse((await run(['--json', 'file', org], { cwd })).stdout)
    expect(Object.values(file.migrated)).toContainEqual({
      recordedAt: migrated[0]?.effectiveAt,
      source: '社会组织管理信息系统',
    })
  })

  it('names the refused entries of one JSON array by their place', async () => {
    const cwd = await initialised()
    const entries = registerHistory(7).map((entry, i) =>
      i === 2 ? { ...entry, effectiveAt: 'x' } : entry,
    )
    const ran = await run(['--json', 'append'], { cwd, input: JSON.stringify(entries) })
    expect(ran.code).toBe(1)
    expect(JSON.parse(ran.stdout).refused[0]).toMatchObject({ entry: 3 })
  })

  it('answers a usage error as JSON with --json', async () => {
    const cwd = await initialised()
    const ran = await run(['--json', 'append', '--bogus'], { cwd })
    expect(ran.code).toBe(2)
    expect(JSON.parse(ran.stdout)).toMatchObject({ error: { code: 'USAGE' } })
    expect(ran.stderr).toBe('')
  })

  it('says so when stdin holds nothing', async () => {
    const cwd = await initialised()
    const ran = await run(['append'], { cwd, input: '\n\n' })
    expect(ran.code).toBe(1)
    expect(ran.stderr).toContain('no entries on stdin')
  })
})

describe('export and verify', () => {
  async function filled(): Promise<string> {
    const cwd = await initialised()
    const entries = [0, 1, 2, 3, 4, 5].flatMap(registerHistory)
    expect((await run(['append'], { cwd, input: jsonLines(entries) })).code).toBe(0)
    return cwd
  }

  it('exports a file that verifies against the workspace key and against the printed verifier key', async () => {
    const cwd = await filled()
    expect((await run(['export', '--out', 'ledger.jsonl'], { cwd })).code).toBe(0)
    const verified = await run(['--json', 'verify', 'ledger.jsonl'], { cwd })
    expect(verified.code).toBe(0)
    const answer = JSON.parse(verified.stdout)
    const ledger = createLedger({ store: storeIn(cwd) })
    expect(answer).toMatchObject({ verified: true, entries: 53, checkpoints: 1, verifiedSize: 53 })
    expect(answer.root).toBe((await ledger.head()).root)
    const elsewhere = freshDirectory()
    const byFile = await run(
      ['verify', join(cwd, 'ledger.jsonl'), '--public-key', join(cwd, 'ledger.pub')],
      {
        cwd: elsewhere,
      },
    )
    expect(byFile.code).toBe(0)
    const byText = await run(
      ['verify', join(cwd, 'ledger.jsonl'), '--public-key', publicKey(cwd)],
      {
        cwd: elsewhere,
      },
    )
    expect(byText.code).toBe(0)
    const withoutKey = await run(['verify', join(cwd, 'ledger.jsonl')], { cwd: elsewhere })
    expect(withoutKey.code).toBe(2)
    const mistyped = await run(
      ['verify', join(cwd, 'ledger.jsonl'), '--public-key', 'ledger.pbu'],
      {
        cwd,
      },
    )
    expect(mistyped.code).toBe(2)
    expect(mistyped.stderr).toContain('ledger.pbu')
    const again = await run(['export', '--out', 'ledger.jsonl'], { cwd })
    expect(again.code).toBe(2)
    const personal = await run(['export', '--with-personal-data', '--out', 'people.jsonl'], { cwd })
    expect(personal.code).toBe(0)
    expect(statSync(join(cwd, 'people.jsonl')).mode & 0o777).toBe(0o600)
  })

  it('names the first bad line of a tampered export and exits 1', async () => {
    const cwd = await filled()
    const exported = (await run(['export'], { cwd })).stdout.split('\n')
    exported[7] = (exported[7] ?? '').replace('"effectiveAt":"20', '"effectiveAt":"19')
    expect(exported[7]).toContain('"effectiveAt":"19')
    const tampered = join(cwd, 'tampered.jsonl')
    writeFileSync(tampered, exported.join('\n'))
    const ran = await run(['--lang', 'zh', 'verify', tampered], { cwd })
    expect(ran.code).toBe(1)
    expect(ran.stdout).toContain('核验失败')
    expect(ran.stdout).toContain('line 8')
  })

  it('verifies the live store against its checkpoints, and fails with another key', async () => {
    const cwd = await filled()
    expect((await run(['checkpoint'], { cwd })).code).toBe(0)
    const ran = await run(['verify'], { cwd })
    expect(ran.code).toBe(0)
    expect(ran.stdout).toContain('verified: 53 entries, 1 checkpoints')
    const other = await initialised()
    const wrong = await run(['verify', '--public-key', publicKey(other)], { cwd })
    expect(wrong.code).toBe(1)
  })
})

function publicKey(cwd: string): string {
  return readFileSync(join(cwd, 'ledger.pub'), 'utf8').trim()
}
