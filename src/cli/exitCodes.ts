/**
 * What a run of the command line ends with, for scripts: 0 done; 1 the input or the ledger
 * did not pass a check (a refused entry, a failed verification, an unknown organization);
 * 2 the command was used wrongly (an unknown option, a malformed date, no workspace);
 * 130 stopped by Ctrl-C, with what was done kept.
 */
export const EXIT: {
  readonly ok: 0
  readonly failed: 1
  readonly usage: 2
  readonly interrupted: 130
} = Object.freeze({ ok: 0, failed: 1, usage: 2, interrupted: 130 } as const)

/** One of the exit codes in `EXIT`. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]
