import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sqliteStore } from '../../src/adapters/sqlite'
import { canonicalBytes } from '../../src/events/canonicalJson'
import { sha256, toHex } from '../../src/proof'
import type { EventStore } from '../../src/store/eventStore'
import { GROUP, newLedger, registration } from './fixtures'

const erasure = {
  basis: '《个人信息保护法》第四十七条',
  by: '上海市金山区民政局',
  effectiveAt: '2023-01-10',
}

// What an attacker holding the store would compute from a guess of the request, people
// included, the way an unsalted fingerprint of the request was made.
function guessedFingerprints(): string[] {
  const input = registration(GROUP)
  const { id: _, ...rest } = input as typeof input & { id?: unknown }
  return [
    toHex(sha256(canonicalBytes({ expected: 'any', inputs: [rest] }))),
    toHex(sha256(canonicalBytes(rest))),
  ]
}

async function erasedThroughKey(store: EventStore) {
  const { ledger } = newLedger(store)
  await ledger.append(registration(GROUP), { idempotencyKey: 'reg-1' })
  await ledger.erasePersonalData(GROUP, 0, erasure)
  return ledger
}

describe('idempotency records and erasure', () => {
  it('keep no fingerprint that a guess of the people could confirm, in memory', async () => {
    const { store } = newLedger()
    await erasedThroughKey(store)
    const record = await store.findIdempotency('reg-1')
    expect(record).toBeDefined()
    for (const guess of guessedFingerprints()) expect(record?.requestHash).not.toBe(guess)
    expect(JSON.stringify(record)).not.toContain('王建国')
  })

  it('leave no such fingerprint anywhere in the bytes of a SQLite file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-erasure-'))
    try {
      const file = join(dir, 'ledger.db')
      const store = sqliteStore({ file })
      await erasedThroughKey(store)
      await store.close()
      const bytes = readFileSync(file).toString('latin1')
      for (const guess of guessedFingerprints()) expect(bytes).not.toContain(guess)
      expect(readFileSync(file).includes(Buffer.from('310228195501010011'))).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('still answer a repeat of the request with the first entries, before and after erasure', async () => {
    const { ledger } = newLedger()
    const first = await ledger.append(registration(GROUP), { idempotencyKey: 'reg-1' })
    const again = await ledger.append(registration(GROUP), { idempotencyKey: 'reg-1' })
    expect(again.entries.map((e) => e.seq)).toEqual(first.entries.map((e) => e.seq))
    await ledger.erasePersonalData(GROUP, 0, erasure)
    const afterErasure = await ledger.append(registration(GROUP), { idempotencyKey: 'reg-1' })
    expect(afterErasure.entries.map((e) => e.seq)).toEqual([0])
  })

  it('still refuse a repeat that names other people while the first people are held', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP), { idempotencyKey: 'reg-1' })
    const other = {
      ...registration(GROUP),
      personal: [{ role: 'legal_representative', name: '李四', idNumber: '310228196001010014' }],
    }
    const result = await ledger.safeAppend(other, { idempotencyKey: 'reg-1' })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]?.code).toBe('idempotency_mismatch')
  })
})
