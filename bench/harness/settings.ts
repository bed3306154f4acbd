import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_SEED } from '../workload/workload'
import type { Settings } from './benchCase'

/** What the command line asks for beyond the settings every case reads. */
export interface RunOptions {
  readonly settings: Settings
  /** Case names to run, in order; all registered cases when empty. */
  readonly cases: readonly string[]
  /** Run every case in this process instead of one child process per case. */
  readonly inline: boolean
  /** Write the table and raw figures to `resultsDir`. */
  readonly write: boolean
}

const USAGE = `npm run bench -- [--n 10000] [--case append,verify] [--reps 3] [--min-seconds 1]
  [--batch 1000] [--seed ${DEFAULT_SEED}] [--sha node|portable] [--clock wall|cpu] [--inline]
  [--no-write] [--results dir]`

/** Reads `npm run bench -- --n 10000 --case append,verify` style arguments. */
export function parseRunOptions(argv: readonly string[], root: string): RunOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      n: { type: 'string', default: '10000' },
      case: { type: 'string', default: '' },
      reps: { type: 'string', default: '3' },
      'min-seconds': { type: 'string', default: '1' },
      batch: { type: 'string', default: '1000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      sha: { type: 'string', default: 'node' },
      clock: { type: 'string', default: 'wall' },
      results: { type: 'string', default: join(root, 'bench', 'results') },
      inline: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  if (values.sha !== 'node' && values.sha !== 'portable') {
    throw new Error(`--sha must be node or portable\n${USAGE}`)
  }
  if (values.clock !== 'wall' && values.clock !== 'cpu') {
    throw new Error(`--clock must be wall or cpu\n${USAGE}`)
  }
  const number = (name: string, text: string) => {
    const value = Number(text.replaceAll('_', '').replaceAll(',', ''))
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`--${name} must be a positive number\n${USAGE}`)
    return value
  }
  return {
    settings: {
      n: Math.round(number('n', values.n)),
      seed: Math.round(number('seed', values.seed)),
      repetitions: Math.round(number('reps', values.reps)),
      minSeconds: Number(values['min-seconds']),
      batchSize: Math.round(number('batch', values.batch)),
      sha: values.sha,
      clock: values.clock,
      resultsDir: values.results,
      log: (line) => process.stderr.write(`${line}\n`),
    },
    cases: values.case
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
    inline: values.inline,
    write: !values['no-write'],
  }
}
