import { describe } from 'vitest'
import type { EventStore } from '../store'
import { atomicityCases } from './contract/atomicityCases'
import { basicCases } from './contract/basicCases'
import { fidelityCases } from './contract/fidelityCases'
import { type StoreContractOptions, singleStoreHarness } from './contract/harness'
import { migratedCases } from './contract/migratedCases'
import { racingCases } from './contract/racingCases'
import { streamWritersCases } from './contract/streamWritersCases'
import { tailCases } from './contract/tailCases'

export type { StoreContractOptions } from './contract/harness'

/** Makes a fresh, empty store for one test; the suite closes it afterwards. */
export type StoreFactory = () => EventStore | Promise<EventStore>

/**
 * The behaviour every `EventStore` must show, as a vitest suite. Call it from a test file of
 * your adapter with a factory that returns an empty store each time. Stores with the optional
 * `tail` and `readLeaves` are held to them too. A store that can be opened again over the same
 * data should use `durableStoreContract`, which runs this suite and more.
 *
 * @example
 * storeContract('memoryStore', () => memoryStore())
 */
export function storeContract(
  name: string,
  factory: StoreFactory,
  options: StoreContractOptions = {},
): void {
  const harness = singleStoreHarness(factory, options)
  describe(`${name} (EventStore contract)`, () => {
    basicCases(harness)
    atomicityCases(harness)
    fidelityCases(harness)
    migratedCases(harness)
    racingCases(harness)
    streamWritersCases(harness)
    tailCases(harness)
  })
}
