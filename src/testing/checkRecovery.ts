import { createLedger } from '../createLedger'
import { entryLeafHash, MerkleLog, toHex } from '../proof'
import type { EventStore } from '../store'

/** What a kill-test writer reported before it was killed: the batch and the tree it made. */
export interface Acknowledgement {
  readonly batch: number
  readonly size: number
  /** Lower-case hex Merkle root right after the batch. */
  readonly root: string
}

/** What a store held when it was opened again after the kill. */
export interface RecoveryReport {
  readonly entries: number
  /** Whole batches found: every acknowledged one, and perhaps the one in flight. */
  readonly batches: number
  readonly root: string
}

/**
 * Checks a store reopened after its writer was killed while appending `killBatch`es of
 * `batchSize`: positions gap-free from 0; nothing but whole batches, in order; every
 * acknowledged batch there, and at most one more (committed, but killed before it could say
 * so); a fresh ledger's root equal to one recomputed from the entries and, at every
 * acknowledged size, to the root the writer reported; stored leaf hashes equal to the entries'.
 * Throws an `Error` naming the first thing wrong.
 */
export async function checkRecovery(
  store: EventStore,
  acknowledged: readonly Acknowledgement[],
  batchSize: number,
): Promise<RecoveryReport> {
  const fail = (message: string): never => {
    throw new Error(`after the kill: ${message}`)
  }
  const head = await createLedger({ store }).head()
  const log = new MerkleLog()
  for await (const page of store.readAll()) {
    for (const entry of page) {
      const seq = log.size
      if (entry.seq !== seq) fail(`entry ${entry.seq} stands where entry ${seq} belongs`)
      const expected = `kill:${Math.floor(seq / batchSize)}:${seq % batchSize}/${batchSize}`
      if (entry.ref !== expected) fail(`entry ${seq} is ${entry.ref}, expected ${expected}`)
      log.append(entryLeafHash(entry))
    }
  }
  const size = log.size
  if ((await store.head()) !== size) fail(`the head is ${await store.head()}, not ${size}`)
  if (size % batchSize !== 0) fail(`${size % batchSize} entries of a partial batch are there`)
  const batches = size / batchSize
  const last = acknowledged.at(-1)
  if (last !== undefined && last.batch >= batches) {
    fail(`batch ${last.batch} was acknowledged but only ${batches} batches are there`)
  }
  if (batches > (last?.batch ?? -1) + 2) fail(`${batches} batches are there; more than were sent`)
  const root = toHex(log.root())
  if (head.size !== size || head.root !== root) fail(`a fresh ledger has ${head.root}, not ${root}`)
  for (const ack of acknowledged) {
    if (ack.size !== (ack.batch + 1) * batchSize || toHex(log.rootAt(ack.size)) !== ack.root) {
      fail(`the root at acknowledged size ${ack.size} differs from the one reported`)
    }
  }
  if (store.readLeaves) {
    let seq = 0
    for await (const page of store.readLeaves()) {
      for (const leaf of page) {
        if (toHex(leaf) !== toHex(log.leaf(seq))) fail(`the stored leaf of entry ${seq} is wrong`)
        seq++
      }
    }
    if (seq !== size) fail(`${seq} leaf hashes are stored for ${size} entries`)
  }
  return { entries: size, batches, root }
}
