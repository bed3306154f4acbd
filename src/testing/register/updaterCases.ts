import { expect, it } from 'vitest'
import { createRegister, type RegisterStore } from '../../register'
import {
  answersOf,
  fillRegister,
  referenceAnswers,
  type WithRegisterStorage,
} from './registerCases'

/** Read models whose `write` fails once, before or after committing, as a killed process would. */
function dyingAt(models: RegisterStore, at: number, afterCommit: boolean): RegisterStore {
  let writes = 0
  return {
    ...models,
    exclusive: (work) => models.exclusive(work),
    async write(update) {
      if (writes++ !== at) return models.write(update)
      if (afterCommit) await models.write(update)
      throw new Error('the updater was killed')
    },
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The cases of updaters: stale writes, deaths and take-overs, one updater at a time. */
export function updaterCases(withStorage: WithRegisterStorage): void {
  it('refuses a write from a position that has moved, and changes nothing', () =>
    withStorage(async (storage) => {
      const { store, readModels } = await storage.open()
      await fillRegister(store)
      await createRegister({ store, readModels }).catchUp()
      const position = await readModels.position()
      const record = await readModels.record(
        (await readModels.search({ text: '促进会', offset: 0, limit: 1 })).items[0]?.org ?? '',
      )
      expect(record).toBeDefined()
      const renamed = { ...(record as NonNullable<typeof record>), name: '改名后的名称' }
      expect(
        await readModels.write({
          records: [renamed],
          removed: [],
          from: position - 1,
          to: position + 5,
        }),
      ).toBe(false)
      expect(await readModels.position()).toBe(position)
      expect(await readModels.record(renamed.org)).toEqual(record)
      await readModels.close()
      await store.close()
    }))

  it('loses and doubles nothing when an updater dies at a write and another takes over', () =>
    withStorage(async (storage) => {
      const first = await storage.open()
      await fillRegister(first.store)
      for (const [at, afterCommit] of [
        [0, false],
        [1, true],
        [3, false],
        [4, true],
      ] as const) {
        await first.readModels.clear()
        const dying = createRegister({
          store: first.store,
          readModels: dyingAt(first.readModels, at, afterCommit),
          pageSize: 40,
        })
        await expect(dying.catchUp()).rejects.toThrow('the updater was killed')
        const second = await storage.open()
        const register = createRegister({ ...second, pageSize: 40 })
        await register.catchUp()
        expect(await register.lag()).toBe(0)
        expect(await answersOf(register)).toEqual(await referenceAnswers(second.store))
        await second.readModels.close()
        await second.store.close()
      }
      await first.readModels.close()
      await first.store.close()
    }))

  it('runs one updater at a time, whichever handle asks', () =>
    withStorage(async (storage) => {
      const handles = [await storage.open(), await storage.open(), await storage.open()]
      let inside = 0
      let most = 0
      await Promise.all(
        handles.flatMap(({ readModels }) =>
          [0, 1].map(() =>
            readModels.exclusive(async () => {
              inside++
              most = Math.max(most, inside)
              await pause(20)
              inside--
            }),
          ),
        ),
      )
      expect(most).toBe(1)
      for (const { store, readModels } of handles) {
        await readModels.close()
        await store.close()
      }
    }))
}
