import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Row, Settings } from './benchCase'
import type { Environment } from './environment'
import { markdownTable } from './table'

/** The report of a run: a heading naming where and how it ran, then the table. */
export function markdownReport(settings: Settings, env: Environment, rows: readonly Row[]): string {
  return [
    `## N = ${settings.n.toLocaleString('en-US')}, seed ${settings.seed}, ${settings.repetitions} repetitions`,
    '',
    `${env.date} · ${env.cpu}, ${env.cores} cores, ${env.memoryGiB} GiB, load ${env.load[0]} → ${env.load[1]} · Node ${env.node} · ${env.commit} · crypto: ${settings.sha === 'node' ? 'node:crypto for SHA-256 and Ed25519 (useNodeCrypto)' : 'portable (the library’s own SHA-256, @noble/curves for Ed25519)'} · batches of ${settings.batchSize.toLocaleString('en-US')} entries · ${settings.clock === 'cpu' ? 'CPU-time' : 'wall-clock'} seconds`,
    '',
    'Medians of the repetitions; ratio = project / limit; spread = (max - min) / median.',
    '',
    markdownTable(rows),
    '',
  ].join('\n')
}

/** Writes `<timestamp>.md` (the table) and `<timestamp>.json` (every sample) to the results directory. */
export async function writeResults(
  settings: Settings,
  env: Environment,
  rows: readonly Row[],
): Promise<{ markdown: string; json: string }> {
  await mkdir(settings.resultsDir, { recursive: true })
  const stamp = env.date.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')
  const base = join(settings.resultsDir, `${stamp}-n${settings.n}`)
  const { log: _, ...recorded } = settings
  await writeFile(`${base}.md`, markdownReport(settings, env, rows))
  await writeFile(
    `${base}.json`,
    `${JSON.stringify({ settings: recorded, environment: env, rows }, null, 2)}\n`,
  )
  return { markdown: `${base}.md`, json: `${base}.json` }
}
