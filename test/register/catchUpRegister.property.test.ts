import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Entry } from '../../src/events/catalogue'
import { createRegister, memoryRegisterStore, type Register } from '../../src/register'
import type { RegisterStore } from '../../src/register/registerStore'
import { memoryStore } from '../../src/store'
import type { EventStore } from '../../src/store/eventStore'
import { answersOf } from '../../src/testing/register/registerCases'
import { registerLog, storeOf } from './registerHistories'

const DAYS = ['2015-06-30', '2017-01-01', '2019-07-01', '2022-01-01', '2027-01-01']

/** Everything the register answers about the log's organizations. */
function answers(register: Register, log: readonly Entry[]) {
  return answersOf(register, [...new Set(log.map((entry) => entry.org))].sort(), DAYS)
}

async function rebuilt(store: EventStore, log: readonly Entry[]) {
  const register = createRegister({ store })
  await register.catchUp()
  return answers(register, log)
}

/** Models whose `write` fails once, before or after committing, as a process killed there would. */
function crashingOnce(models: RegisterStore, at: number, afterCommit: boolean): RegisterStore {
  let writes = 0
  return {
    ...models,
    async write(update) {
      if (writes++ !== at) return models.write(update)
      if (afterCommit) await models.write(update)
      throw new Error('killed')
    },
  }
}

describe('catching up a register', () => {
  it('entry by entry gives what a rebuild from zero gives, at every prefix', async () => {
    await fc.assert(
      fc.asyncProperty(registerLog(3, 12), async (log) => {
        const store = memoryStore()
        const register = createRegister({ store, pageSize: 3 })
        for (const entry of log) {
          await store.append({ entries: [entry], personal: [] })
          await register.catchUp()
          expect(await register.lag()).toBe(0)
          expect(await answers(register, log)).toEqual(await rebuilt(store, log))
        }
      }),
      { numRuns: 40 },
    )
  })

  it('loses and doubles nothing when the updater is killed at any write and started again', async () => {
    await fc.assert(
      fc.asyncProperty(
        registerLog(4, 20),
        fc.nat(20),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        async (log, at, afterCommit, pageSize) => {
          const store = await storeOf(log)
          const models = memoryRegisterStore()
          const dying = createRegister({
            store,
            readModels: crashingOnce(models, at, afterCommit),
            pageSize,
          })
          await dying.catchUp().catch((error: Error) => expect(error.message).toBe('killed'))
          const restarted = createRegister({ store, readModels: models, pageSize })
          await restarted.catchUp()
          expect(await restarted.lag()).toBe(0)
          expect(await answers(restarted, log)).toEqual(await rebuilt(store, log))
        },
      ),
      { numRuns: 60 },
    )
  })
})
