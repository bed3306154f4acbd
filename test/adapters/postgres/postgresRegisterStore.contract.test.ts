import { describe } from 'vitest'
import { postgresRegisterStore, postgresStore } from '../../../src/adapters/postgres'
import { registerStoreContract } from '../../../src/testing'
import { dropSchema, freshSchema, POSTGRES_URL, postgresAvailable } from './postgresServer'

describe.skipIf(!postgresAvailable)('postgres register', () => {
  for (const trigram of [true, false]) {
    registerStoreContract(
      `postgresRegisterStore (trigram index ${trigram ? 'on' : 'off'})`,
      async () => {
        const schema = freshSchema()
        const connection = { connectionString: POSTGRES_URL, schema }
        return {
          open: async () => ({
            store: await postgresStore(connection),
            readModels: await postgresRegisterStore({ ...connection, trigram }),
          }),
          destroy: () => dropSchema(schema),
        }
      },
    )
  }
})
