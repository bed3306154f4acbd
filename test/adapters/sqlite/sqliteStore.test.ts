import { sqliteStore } from '../../../src/adapters/sqlite'
import { durableStoreContract, storeContract } from '../../../src/testing'
import { contractOptions } from '../contractOptions'
import { tempDatabase } from './tempFile'

storeContract('sqliteStore in memory', () => sqliteStore({ file: ':memory:' }), contractOptions())

durableStoreContract(
  'sqliteStore',
  async () => {
    const database = tempDatabase()
    return { open: async () => sqliteStore({ file: database.file }), destroy: database.remove }
  },
  contractOptions(),
)
