import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EntryInput } from '../../src/ledger'

/** The executable as the package ships it. */
export const BIN: string = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))

if (!existsSync(BIN)) {
  throw new Error(`${BIN} is missing: the command-line tests run the built package (npm run build)`)
}

/** What a finished run of the executable printed and returned. */
export interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** How to run it: where, with what on stdin, with which environment. */
export interface RunOptions {
  readonly cwd: string
  readonly input?: string
  readonly env?: Readonly<Record<string, string>>
}

/** Starts the executable as a user's shell would: its own process, English unless told. */
export function start(args: readonly string[], options: RunOptions): ChildProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  child.stdin?.end(options.input ?? '')
  return child
}

/** Waits for a started run to finish and collects its output. */
export function finished(child: ChildProcess): Promise<Ran> {
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
  })
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Runs the executable to its end. */
export function run(args: readonly string[], options: RunOptions): Promise<Ran> {
  return finished(start(args, options))
}

/** A fresh empty directory to hold a workspace. */
export function freshDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'integrity-ledger-cli-'))
}

/** Entries as JSON Lines, as `append` reads them. */
export function jsonLines(entries: readonly EntryInput[]): string {
  return `${entries.map((entry) => JSON.stringify(entry)).join('\n')}\n`
}

/** A directory with a workspace made by `init`, with the given store (default a SQLite file). */
export async function initialised(store?: string): Promise<string> {
  const cwd = freshDirectory()
  const ran = await run(
    ['init', '--origin', 'ledger.test/jinshan', ...(store ? ['--store', store] : [])],
    { cwd },
  )
  if (ran.code !== 0) throw new Error(`init failed: ${ran.stderr}`)
  return cwd
}
