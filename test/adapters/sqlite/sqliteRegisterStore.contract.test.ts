import { sqliteRegisterStore, sqliteStore } from '../../../src/adapters/sqlite'
import { registerStoreContract } from '../../../src/testing'
import { tempDatabase } from './tempFile'

registerStoreContract('sqliteRegisterStore', async () => {
  const database = tempDatabase()
  return {
    open: async () => ({
      store: sqliteStore({ file: database.file }),
      readModels: sqliteRegisterStore({ file: database.file }),
    }),
    destroy: () => database.remove(),
  }
})
