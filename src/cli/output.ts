import type { Issue } from '../errors'
import type { CliIo } from './io'

/** How a command answers: JSON for programs, or lines for people. */
export interface Output {
  readonly json: boolean
  /** Writes the answer: `value` as JSON with `--json`, else the lines `text` gives. */
  answer(value: unknown, text: () => string): void
  /** A line for people on stderr (never in JSON mode's stdout). */
  note(line: string): void
}

/** The output of one run. */
export function createOutput(io: CliIo, json: boolean): Output {
  return {
    json,
    answer(value, text) {
      io.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`)
    },
    note(line) {
      io.stderr.write(`${line}\n`)
    },
  }
}

/** An issue as one indented line: code, where, and what. */
export function issueLine(issue: Issue): string {
  const where = issue.path.length > 0 ? ` ${issue.path.join('.')}` : ''
  return `  [${issue.code}]${where}: ${issue.message}`
}
