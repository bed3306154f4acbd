import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postgresRegisterStore } from '../../../src/adapters/postgres'
import { isLedgerError } from '../../../src/errors'
import type { RegisterStore } from '../../../src/register'
import { dropSchema, freshSchema, POSTGRES_URL, postgresAvailable } from './postgresServer'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(!postgresAvailable)('postgresRegisterStore exclusive', () => {
  const schema = freshSchema()
  let one: RegisterStore
  let two: RegisterStore

  beforeAll(async () => {
    one = await postgresRegisterStore({ connectionString: POSTGRES_URL, schema })
    two = await postgresRegisterStore({ connectionString: POSTGRES_URL, schema })
  })

  afterAll(async () => {
    await one.close()
    await two.close()
    await dropSchema(schema)
  })

  it('never runs two sections at once, from two stores or from one', async () => {
    let running = 0
    let most = 0
    const section = async () => {
      running++
      most = Math.max(most, running)
      await pause(20)
      running--
    }
    await Promise.all([one, two, one, two, one, two].map((store) => store.exclusive(section)))
    expect(most).toBe(1)
  })

  it('hands the lock to a waiter when the holder’s connection is terminated', async () => {
    let holderPid = 0
    let release = () => {}
    const holding = new Promise<void>((resolve) => {
      release = resolve
    })
    const holder = one.exclusive(async () => {
      await holding
      return 'holder'
    })
    const admin = new pg.Client({ connectionString: POSTGRES_URL })
    await admin.connect()
    try {
      // The holder's session is the one holding this schema's advisory lock.
      for (let tries = 0; tries < 100 && holderPid === 0; tries++) {
        const rows = await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
           AND classid::int = hashtext('integrity-ledger/register')
           AND objid::int = hashtext($1)`,
          [schema],
        )
        holderPid = rows.rows[0]?.pid ?? 0
        if (holderPid === 0) await pause(20)
      }
      expect(holderPid).toBeGreaterThan(0)
      let waiterRan = false
      const waiter = two.exclusive(async () => {
        waiterRan = true
        return 'waiter'
      })
      await pause(100)
      expect(waiterRan).toBe(false)
      await admin.query('SELECT pg_terminate_backend($1)', [holderPid])
      expect(await waiter).toBe('waiter')
      release()
      const lost = await holder.catch((error: unknown) => error)
      expect(isLedgerError(lost) && lost.code).toBe('STORE_FAILURE')
      // The pool recovers: the next section of the first store runs.
      expect(await one.exclusive(async () => 'again')).toBe('again')
    } finally {
      release()
      await admin.end()
    }
  })
})
