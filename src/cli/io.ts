import type { Readable, Writable } from 'node:stream'

/** A stream the command line writes to, and whether a person is watching it. */
export type CliOutput = Writable & { readonly isTTY?: boolean; readonly columns?: number }

/** What a run of the command line reads and writes: the process's, or a test's. */
export interface CliIo {
  readonly stdin: Readable & { readonly isTTY?: boolean }
  readonly stdout: CliOutput
  readonly stderr: CliOutput
  readonly env: Readonly<Record<string, string | undefined>>
  /** The directory relative paths start from. */
  readonly cwd: string
  /** Aborted by Ctrl-C: long commands stop between two steps, keeping what they did. */
  readonly signal?: AbortSignal
  /** The browser verifier script `serve` hands to report pages; the executable passes the package's. */
  readonly verifierScriptFile?: string
}
