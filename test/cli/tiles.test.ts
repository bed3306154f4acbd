import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { registerHistory } from '../../src/testing/register/registerFixtures'
import { freshDirectory, jsonLines, run } from './builtBinary'

describe('tiles and monitor', () => {
  it('writes the log as tiles anyone can follow, and a monitor holds each look to the last', async () => {
    const cwd = freshDirectory()
    const init = await run(['--json', 'init', '--origin', 'ledger.test/tiles'], { cwd })
    const publicKey = JSON.parse(init.stdout).verifierKey as string
    const histories = Array.from({ length: 4 }, (_, i) => registerHistory(i))
    const append = (i: number) => run(['append'], { cwd, input: jsonLines(histories[i] ?? []) })
    expect((await append(0)).code).toBe(0)
    expect((await append(1)).code).toBe(0)

    const tiles = await run(['--json', 'tiles', 'public'], { cwd })
    expect(tiles.code).toBe(0)
    const size = JSON.parse(tiles.stdout).size as number
    expect(size).toBe((histories[0]?.length ?? 0) + (histories[1]?.length ?? 0))
    const look = (args: string[] = []) =>
      run(
        ['--json', 'monitor', 'public', '--public-key', publicKey, '--state', 'seen.json', ...args],
        { cwd },
      )
    const first = await look()
    expect(first.code).toBe(0)
    expect(JSON.parse(first.stdout)).toMatchObject({ kind: 'consistent', size, added: size })

    expect((await append(2)).code).toBe(0)
    expect((await run(['tiles', 'public'], { cwd })).code).toBe(0)
    const second = JSON.parse((await look()).stdout)
    expect(second).toMatchObject({ kind: 'consistent', added: histories[2]?.length })

    // A changed entry bundle is caught, and the state kept from the last good look stays.
    const bundle = join(cwd, 'public', 'tile', 'entries', `000.p/${second.size}`)
    const bytes = readFileSync(bundle)
    bytes[10] = (bytes[10] as number) ^ 1
    writeFileSync(bundle, bytes)
    const kept = readFileSync(join(cwd, 'seen.json'), 'utf8')
    const tampered = await run(
      ['monitor', 'public', '--public-key', publicKey, '--state', 'seen.json'],
      { cwd },
    )
    expect(tampered.code).toBe(1)
    expect(tampered.stdout + tampered.stderr).toContain('entry_changed')
    expect(readFileSync(join(cwd, 'seen.json'), 'utf8')).toBe(kept)
  })
})
