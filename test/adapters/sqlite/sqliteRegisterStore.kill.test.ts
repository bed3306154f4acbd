import { describe, expect, it } from 'vitest'
import { sqliteRegisterStore, sqliteStore } from '../../../src/adapters/sqlite'
import { createRegister } from '../../../src/register'
import {
  answersOf,
  fillRegister,
  referenceAnswers,
} from '../../../src/testing/register/registerCases'
import { killRegisterUpdater } from '../killRegisterUpdater'
import { tempDatabase } from './tempFile'

describe('sqliteRegisterStore with its updater killed', () => {
  it('loses and doubles nothing when the updater process is killed mid-way and another catches up', async () => {
    const database = tempDatabase()
    try {
      const log = sqliteStore({ file: database.file })
      await fillRegister(log)
      for (const writes of [1, 4, 9]) {
        const readModels = sqliteRegisterStore({ file: database.file, leaseMs: 500 })
        await readModels.clear()
        const store = `sqlite:${database.file}`
        expect(await killRegisterUpdater(store, writes, ['--lease', '500'])).toBeGreaterThanOrEqual(
          writes,
        )
        const register = createRegister({ store: log, readModels })
        const head = await log.head()
        expect(await readModels.position()).toBeLessThan(head)
        await register.catchUp()
        expect(await register.lag()).toBe(0)
        expect(await answersOf(register)).toEqual(await referenceAnswers(log))
        await readModels.close()
      }
      await log.close()
    } finally {
      await database.remove()
    }
  }, 60_000)
})
