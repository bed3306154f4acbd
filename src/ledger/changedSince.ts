import type { EventStore } from '../store'

/**
 * The organizations with entries at or after `position` in the log, in the order they first
 * appear there: what an incremental sweep must revisit. Reads the log from `position` in pages.
 *
 * @example await changedSince(store, state.position) // ['51310116MJ…', …]
 */
export async function changedSince(
  store: Pick<EventStore, 'readAll'>,
  position: number,
): Promise<string[]> {
  const organizations = new Set<string>()
  for await (const page of store.readAll({ from: position })) {
    for (const entry of page) organizations.add(entry.org)
  }
  return [...organizations]
}
