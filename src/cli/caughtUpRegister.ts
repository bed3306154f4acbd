import type { Register } from '../register'
import type { CliContext } from './context'
import type { OpenWorkspace } from './openWorkspace'
import type { Output } from './output'
import { createProgress } from './progress'

/**
 * The workspace's register with its read models brought up to the log's head, showing
 * progress while it catches up (a large lag after an import takes a while), and stopping
 * cleanly on Ctrl-C.
 */
export async function caughtUpRegister(
  context: CliContext,
  open: OpenWorkspace,
  output: Output,
): Promise<Register> {
  const register = await open.register()
  const progress = createProgress(context.io.stderr, context.t.catchUp, !output.json)
  await register.catchUp({
    signal: context.io.signal,
    onProgress: (done, total) => progress.update(done, total),
  })
  progress.stop()
  return register
}
