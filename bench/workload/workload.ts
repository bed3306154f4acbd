import type { EntryInput } from '../../src/ledger/entryInput'
import { type Organization, organization } from './organization'

/** The default seed of the standard workload. */
export const DEFAULT_SEED = 20150101

/** Organizations 0 to n-1, one at a time: memory stays constant whatever n is. */
export function* organizations(seed: number, n: number, from = 0): Generator<Organization> {
  for (let index = from; index < n; index++) yield organization(seed, index)
}

/**
 * Consecutive organizations grouped so that each group holds at least `size` entries (an
 * organization is never split, so its `amends` links stay inside one append).
 */
export function* batches(
  source: Iterable<Organization>,
  size: number,
): Generator<readonly Organization[]> {
  let batch: Organization[] = []
  let entries = 0
  for (const item of source) {
    batch.push(item)
    entries += item.entries.length
    if (entries >= size) {
      yield batch
      batch = []
      entries = 0
    }
  }
  if (batch.length > 0) yield batch
}

/**
 * The inputs of `group` as one append at ledger position `head`: each `amendsIndex` becomes the
 * seq its target will get.
 */
export function inputsAt(group: readonly Organization[], head: number): EntryInput[] {
  const inputs: EntryInput[] = []
  for (const item of group) {
    const first = head + inputs.length
    for (const entry of item.entries) {
      inputs.push(
        entry.amendsIndex === undefined
          ? entry.input
          : ({ ...entry.input, amends: first + entry.amendsIndex } as EntryInput),
      )
    }
  }
  return inputs
}
