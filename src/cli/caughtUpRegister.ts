import { LedgerError } from '../errors'
import type { Register } from '../register'
import type { CliContext } from './context'
import type { OpenWorkspace } from './openWorkspace'
import type { Output } from './output'
import { createProgress } from './progress'

/**
 * The workspace's register with its read models brought up to the log's head, showing
 * progress while it catches up (a large lag after an import takes a while). Ctrl-C stops it
 * with `ABORTED`, so no answer is given from read models halfway through a catch-up.
 */
export async function caughtUpRegister(
  context: CliContext,
  open: OpenWorkspace,
  output: Output,
): Promise<Register> {
  const register = await open.register()
  const progress = createProgress(context.io.stderr, context.t.catchUp, !output.json)
  try {
    const caught = await register.catchUp({
      signal: context.io.signal,
      onProgress: (done, total) => progress.update(done, total),
    })
    if (caught.stopped) throw new LedgerError('ABORTED', context.t.errors.interrupted)
  } finally {
    progress.stop()
  }
  return register
}
