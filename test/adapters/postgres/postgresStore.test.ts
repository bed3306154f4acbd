import { describe } from 'vitest'
import { durableStoreContract, storeContract } from '../../../src/testing'
import { contractOptions } from '../contractOptions'
import { postgresAvailable, postgresStorage } from './postgresServer'

describe.skipIf(!postgresAvailable)('postgresStore', () => {
  storeContract(
    'postgresStore',
    async () => {
      const storage = postgresStorage()
      const store = await storage.open()
      return { ...store, close: () => store.close().finally(storage.destroy) }
    },
    contractOptions(),
  )

  durableStoreContract('postgresStore', async () => postgresStorage(), contractOptions())
})
