import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

const CHILD = new URL('./streamWriterChild.ts', import.meta.url).pathname

/** What the writer processes of `writeProcesses` reported. */
export interface WriterReport {
  /** The error of every append that failed, in process order. */
  readonly failures: readonly string[]
  /** Every append's latency in ms, all processes together. */
  readonly latencies: readonly number[]
}

/**
 * Starts `processes` writer processes on `store` (a `--store` argument), process `p` on test
 * organization `firstOrg + p`, lets them all start at once, and gathers what each reported.
 */
export async function writeProcesses(
  store: string,
  processes: number,
  entries: number,
  firstOrg: number,
): Promise<WriterReport> {
  const children = Array.from({ length: processes }, (_, p) =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        CHILD,
        '--store',
        store,
        '--org',
        String(firstOrg + p),
        '--entries',
        String(entries),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    ),
  )
  const lines = children.map((child) =>
    createInterface({ input: child.stdout })[Symbol.asyncIterator](),
  )
  const next = async (i: number) =>
    (await (lines[i] as AsyncIterator<string>).next()).value as string
  await Promise.all(children.map((_, i) => next(i)))
  for (const child of children) child.stdin.write('go\n')
  const reports = await Promise.all(
    children.map(async (_, i) => JSON.parse(await next(i)) as WriterReport),
  )
  await Promise.all(
    children.map((child) =>
      child.exitCode === null ? new Promise((r) => child.on('exit', r)) : undefined,
    ),
  )
  return {
    failures: reports.flatMap((r) => r.failures),
    latencies: reports.flatMap((r) => r.latencies),
  }
}
