import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sqliteStore } from '../../src/adapters/sqlite'
import type { EventStore } from '../../src/store'
import { registerHistory } from '../../src/testing/register/registerFixtures'
import { finished, initialised, jsonLines, run, start } from './builtBinary'

// Enough organizations that a run takes seconds, so Ctrl-C lands in the middle of it.
const entries = Array.from({ length: 300 }, (_, i) => registerHistory(i)).flat()
const RUN = ['rules', 'run', '--from', '2016-01-01', '--to', '2024-06-30']
const stores: EventStore[] = []
afterAll(async () => {
  for (const store of stores) await store.close()
})

async function filled(): Promise<string> {
  const cwd = await initialised()
  expect((await run(['append'], { cwd, input: jsonLines(entries) })).code).toBe(0)
  return cwd
}

// What a rules run appended: everything but the recording times, which differ between runs.
async function appendedByRules(cwd: string): Promise<unknown[]> {
  const store = sqliteStore({ file: join(cwd, 'ledger.db') })
  stores.push(store)
  const found: unknown[] = []
  for await (const page of store.readAll()) {
    for (const { recordedAt: _, salt: __, ...entry } of page) if (entry.cause) found.push(entry)
  }
  return found
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('rules run stopped by Ctrl-C', () => {
  it('exits 130 keeping its state, and a second run ends with what one run appends, nothing twice', async () => {
    const whole = await filled()
    const once = await run(RUN, { cwd: whole })
    expect(once.code).toBe(0)

    const cwd = await filled()
    const child = start(RUN, { cwd })
    const done = finished(child)
    // The state is kept after each round: once it exists, the run is under way.
    await until(() => existsSync(join(cwd, 'rules-state.json')))
    child.kill('SIGINT')
    const stopped = await done
    expect(stopped.code).toBe(130)
    expect(stopped.stdout).toContain('stopped on')
    const partial = await appendedByRules(cwd)

    const resumed = await run(RUN, { cwd })
    expect(resumed.code).toBe(0)
    const expected = await appendedByRules(whole)
    expect(partial.length).toBeLessThan(expected.length)
    expect(await appendedByRules(cwd)).toEqual(expected)
    // A run to a day already reached appends nothing.
    const again = await run(['--json', ...RUN], { cwd })
    expect(JSON.parse(again.stdout).counts.appended).toBe(0)
  })
})
