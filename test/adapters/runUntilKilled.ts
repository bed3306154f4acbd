import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Acknowledgement } from '../../src/testing'

const CHILD = new URL('./killChild.ts', import.meta.url).pathname

/**
 * Starts a kill-test writer on `store` (a `--store` argument), lets it acknowledge `acks`
 * batches, then SIGKILLs it at a random moment of the time the store took over the earlier
 * ones, after it hands the next batch to the store: the kill lands while the store encodes,
 * sends or commits it. Returns what it acknowledged.
 */
export async function runUntilKilled(
  store: string,
  batchSize: number,
  acks: number,
): Promise<Acknowledgement[]> {
  const args = ['--import', 'tsx', CHILD, '--store', store, '--batch', String(batchSize)]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<NodeJS.Signals | null>((resolve) => {
    child.on('exit', (_code, signal) => resolve(signal))
  })
  const acknowledged: Acknowledgement[] = []
  let handedOver = 0
  let storeMs = 0
  for await (const line of createInterface({ input: child.stdout })) {
    const [word, batch, size, root] = line.split(' ')
    if (word === 'ack') {
      acknowledged.push({ batch: Number(batch), size: Number(size), root: root ?? '' })
      storeMs = Math.max(storeMs, performance.now() - handedOver)
    } else if (word === 'writing') {
      handedOver = performance.now()
      if (acknowledged.length === acks)
        setTimeout(() => child.kill('SIGKILL'), Math.random() * storeMs)
    }
  }
  const signal = await exited
  if (signal !== 'SIGKILL') throw new Error(`the writer ended by itself: ${stderr}`)
  return acknowledged
}
