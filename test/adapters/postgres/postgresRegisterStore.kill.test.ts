import { describe, expect, it } from 'vitest'
import { postgresRegisterStore, postgresStore } from '../../../src/adapters/postgres'
import { createRegister } from '../../../src/register'
import {
  answersOf,
  fillRegister,
  referenceAnswers,
} from '../../../src/testing/register/registerCases'
import { killRegisterUpdater } from '../killRegisterUpdater'
import { dropSchema, freshSchema, POSTGRES_URL, postgresAvailable, settled } from './postgresServer'

describe.skipIf(!postgresAvailable)('postgresRegisterStore with its updater killed', () => {
  it('loses and doubles nothing when the updater process is killed mid-way and another takes over at once', async () => {
    const schema = freshSchema()
    const connection = { connectionString: POSTGRES_URL, schema }
    try {
      const log = await postgresStore(connection)
      await fillRegister(log)
      for (const writes of [1, 4, 9]) {
        const readModels = await postgresRegisterStore(connection)
        await readModels.clear()
        const store = `postgres:${POSTGRES_URL}?schema=${schema}`
        expect(await killRegisterUpdater(store, writes)).toBeGreaterThanOrEqual(writes)
        await settled(schema)
        const register = createRegister({ store: log, readModels })
        expect(await readModels.position()).toBeLessThan(await log.head())
        // The dead updater's session lock is gone with its connection: this one starts at once.
        const started = performance.now()
        await register.catchUp()
        expect(performance.now() - started).toBeLessThan(5000)
        expect(await register.lag()).toBe(0)
        expect(await answersOf(register)).toEqual(await referenceAnswers(log))
        await readModels.close()
      }
      await log.close()
    } finally {
      await dropSchema(schema)
    }
  }, 60_000)
})
