import cliProgress from 'cli-progress'
import type { CliOutput } from './io'

/** Reports how far a long piece of work has come. */
export interface Progress {
  /** `done` of `total` so far; `total` may grow as the work finds more; `detail` says where. */
  update(done: number, total: number, detail?: string): void
  /** Ends the bar or prints the last line. */
  stop(): void
}

/** Plain lines at most this often when no person watches the stream (ms). */
const LINE_INTERVAL_MS = 2000

/**
 * A progress bar with counts, rate and time left on a terminal; on anything else (a pipe, a
 * log file) a plain line every two seconds and a last one at the end, so logs stay readable.
 * Written to stderr, so that stdout keeps only the command's answer.
 */
export function createProgress(stream: CliOutput, label: string, enabled = true): Progress {
  if (!enabled) return { update() {}, stop() {} }
  const started = performance.now()
  const rate = (done: number) =>
    Math.round(done / Math.max((performance.now() - started) / 1000, 1e-3))
  if (stream.isTTY === true) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label}{detail} [{bar}] {percentage}% {value}/{total} {speed}/s ETA {eta_formatted}`,
        stream: stream as unknown as NodeJS.WritableStream,
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    )
    let begun = false
    return {
      update(done, total, detail = '') {
        if (!begun) {
          bar.start(total, done, { speed: 0, detail })
          begun = true
        }
        bar.setTotal(total)
        bar.update(done, { speed: rate(done), detail })
      },
      stop() {
        if (begun) bar.stop()
      },
    }
  }
  // Work that ends within the first interval prints nothing; longer work a line per interval
  // and a last line with the final counts.
  let last = { done: 0, total: 0, detail: '' }
  let printedAt = started
  let printed: number | undefined
  const line = () => {
    stream.write(`${label}${last.detail}: ${last.done}/${last.total} (${rate(last.done)}/s)\n`)
    printed = last.done
    printedAt = performance.now()
  }
  return {
    update(done, total, detail = '') {
      last = { done, total, detail }
      if (performance.now() - printedAt >= LINE_INTERVAL_MS) line()
    },
    stop() {
      if (printed !== undefined && printed !== last.done) line()
    },
  }
}
