import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchCase, Row, Settings } from './benchCase'
import { installSha } from './installSha'

const WORKER = fileURLToPath(new URL('../worker.ts', import.meta.url))

/** What a worker is told: the case and the settings, less the logger. */
export type WorkerRequest = Omit<Settings, 'log'> & { readonly case: string }

async function inChild(name: string, settings: Settings): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'integrity-ledger-bench-'))
  const out = join(dir, 'rows.json')
  const { log: _, ...rest } = settings
  const request: WorkerRequest = { ...rest, case: name }
  try {
    // The child inherits this process's flags: --import tsx, --expose-gc, the heap limit.
    const child = spawn(
      process.execPath,
      [...process.execArgv, WORKER, JSON.stringify(request), out],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    if (code !== 0) throw new Error(`case ${name} exited with code ${code}`)
    return JSON.parse(await readFile(out, 'utf8')) as Row[]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// Repetitions of a case that needs a fresh process each time, merged sample by sample.
async function perRepetition(name: string, settings: Settings): Promise<Row[]> {
  let merged: Row[] | undefined
  for (let rep = 0; rep < settings.repetitions; rep++) {
    const rows = await inChild(name, { ...settings, repetitions: 1 })
    merged =
      merged === undefined
        ? rows
        : merged.map((row, i) => ({
            ...row,
            project: [...row.project, ...(rows[i]?.project ?? [])],
          }))
  }
  return merged ?? []
}

/**
 * Runs the cases in order, each in a child process of its own (so one case's heap and garbage
 * never weigh on another's figures) or all in this process when `inline`. A case that throws
 * gives a `failed` row and the run goes on.
 */
export async function runCases(
  selected: readonly BenchCase[],
  settings: Settings,
  inline: boolean,
): Promise<Row[]> {
  const rows: Row[] = []
  if (inline) installSha(settings)
  for (const benchCase of selected) {
    settings.log(`case ${benchCase.name}: ${benchCase.summary}`)
    try {
      if (inline) rows.push(...(await benchCase.run(settings)))
      else if (benchCase.processPerRepetition)
        rows.push(...(await perRepetition(benchCase.name, settings)))
      else rows.push(...(await inChild(benchCase.name, settings)))
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      settings.log(`case ${benchCase.name} failed: ${message}`)
      rows.push({ case: benchCase.name, measure: message, unit: '', project: [], status: 'failed' })
    }
  }
  return rows
}
