import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

const CHILD = new URL('./registerChild.ts', import.meta.url).pathname

/**
 * Starts a register updater on `store` (a `--store` argument) in another process and SIGKILLs
 * it once it has written `writes` times, a random part of a millisecond later, so that the
 * kill lands before, inside or after its next write. Returns how many writes it reported.
 */
export async function killRegisterUpdater(
  store: string,
  writes: number,
  extra: readonly string[] = [],
): Promise<number> {
  const args = ['--import', 'tsx', CHILD, '--store', store, '--page', '10', ...extra]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<NodeJS.Signals | null>((resolve) => {
    child.on('exit', (_code, signal) => resolve(signal))
  })
  let reported = 0
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === 'done') break
    if (++reported === writes) setTimeout(() => child.kill('SIGKILL'), Math.random())
  }
  const signal = await exited
  if (signal !== 'SIGKILL') throw new Error(`the updater ended by itself: ${stderr}`)
  return reported
}
