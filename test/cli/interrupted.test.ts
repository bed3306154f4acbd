import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli'
import { registerHistory } from '../../src/testing/register/registerFixtures'
import { initialised, jsonLines, run } from './builtBinary'

// The command line in this process, after Ctrl-C: the signal is already aborted when a long
// command reaches its first step.
async function interrupted(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  const stop = new AbortController()
  stop.abort()
  const stderr = new PassThrough()
  let text = ''
  stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString()
  })
  const code = await runCli(
    args,
    {
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr,
      env: { LANG: 'en_US.UTF-8' },
      cwd,
      signal: stop.signal,
    },
    '0.0.0',
  )
  return { code, stderr: text }
}

describe('export and verify stopped by Ctrl-C', () => {
  it('stop between two lines with exit code 130, leaving no partial export behind', async () => {
    const cwd = await initialised()
    const entries = [0, 1, 2].flatMap(registerHistory)
    expect((await run(['append'], { cwd, input: jsonLines(entries) })).code).toBe(0)
    expect((await run(['export', '--out', 'whole.jsonl'], { cwd })).code).toBe(0)

    const exported = await interrupted(['export', '--out', 'part.jsonl'], cwd)
    expect(exported.code).toBe(130)
    expect(exported.stderr).toContain('interrupted')
    expect(existsSync(join(cwd, 'part.jsonl'))).toBe(false)

    expect((await interrupted(['verify', 'whole.jsonl'], cwd)).code).toBe(130)
    expect((await run(['checkpoint'], { cwd })).code).toBe(0)
    expect((await interrupted(['verify'], cwd)).code).toBe(130)
  })
})
