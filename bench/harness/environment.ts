import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

/** Where figures were measured: they compare only with figures of the same machine and commit. */
export interface Environment {
  readonly node: string
  readonly cpu: string
  readonly cores: number
  readonly memoryGiB: number
  readonly commit: string
  readonly date: string
  /** 1-minute load averages at the start and end of the run: above the core count, other work shared the CPUs. */
  readonly load: readonly [number, number]
}

/** The 1-minute load average now, to one decimal. */
export function loadNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 10) / 10
}

/** The machine, runtime and commit of this run, which started with a load average of `loadAtStart`. */
export function environment(loadAtStart: number): Environment {
  // BENCH_COMMIT names the commit of a copy without git metadata (made with `git archive`).
  let commit = process.env.BENCH_COMMIT ?? 'unknown'
  try {
    const git = (args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    const head = git(['rev-parse', '--short', 'HEAD'])
    commit =
      git(['status', '--porcelain', '--', 'src']) === ''
        ? head
        : `${head} + uncommitted src changes`
  } catch {
    // Not a git checkout: the figures still stand, pinned to BENCH_COMMIT when it is given.
  }
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    commit,
    date: new Date().toISOString(),
    load: [loadAtStart, loadNow()],
  }
}
