import { memoryStore } from '../../src/store'
import { durableStoreContract, storeContract } from '../../src/testing'

storeContract('memoryStore', () => memoryStore())

// One memory store shared by several ledgers, as the handles of a durable store share a file.
durableStoreContract('memoryStore shared by several handles', async () => {
  const store = memoryStore()
  return { open: async () => ({ ...store, close: async () => {} }), destroy: () => store.close() }
})
