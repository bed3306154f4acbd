import { describe, expect, it } from 'vitest'
import {
  fromHex,
  peopleCommitments,
  peopleHash,
  toHex,
  verifyEntryInclusion,
  verifyLedger,
  verifyPersonalData,
} from '../../src/proof'
import { memoryStore } from '../../src/store'
import type { EventStore } from '../../src/store/eventStore'
import { GROUP, newLedger, registration, signer } from './fixtures'

const erasure = {
  basis: '《个人信息保护法》第四十七条',
  by: '上海市金山区民政局',
  effectiveAt: '2023-01-10',
}

describe('ledger.erasePersonalData', () => {
  it('removes the people and the salt, records why, and every proof still verifies', async () => {
    const { ledger, store } = newLedger()
    await ledger.append(registration(GROUP))
    const before = await ledger.checkpoint()
    const { entries } = await ledger.erasePersonalData(GROUP, 0, erasure)
    expect(entries[0]).toMatchObject({
      type: 'PersonalDataErased',
      amends: 0,
      data: { basis: erasure.basis },
    })
    expect(await ledger.personalData(0)).toBeUndefined()
    expect(await store.readPersonal(0)).toBeUndefined()

    const after = await ledger.checkpoint()
    const all = []
    for await (const page of store.readAll()) all.push(...page)
    expect(verifyLedger(all, [before, after], signer.publicKey).success).toBe(true)
    const entry = await ledger.entry(0)
    expect(
      verifyEntryInclusion(entry as never, await ledger.proveInclusion(0), after, signer.publicKey)
        .success,
    ).toBe(true)
  })

  it('refuses to erase from an entry of another organization or one without people, writing nothing', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    await expect(ledger.erasePersonalData('52310116MJ4B101250', 0, erasure)).rejects.toMatchObject({
      code: 'AMENDS_UNKNOWN_ENTRY',
    })
    await ledger.erasePersonalData(GROUP, 0, erasure)
    await expect(ledger.erasePersonalData(GROUP, 1, erasure)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect((await ledger.head()).size).toBe(2)
  })

  it('refuses erasure options without a basis, naming the field', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    await expect(
      ledger.erasePersonalData(GROUP, 0, { ...erasure, basis: '' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [expect.objectContaining({ path: ['options', 'basis'] })],
    })
  })

  it('commits to each person’s fields under the record’s salt, and hands out both checked', async () => {
    const { ledger, store } = newLedger()
    await ledger.append(registration(GROUP))
    const entry = await ledger.entry(0)
    const record = await ledger.personalRecord(0)
    if (record === undefined || entry?.personalHash === undefined) throw new Error('no people')
    expect(record).toEqual(await store.readPersonal(0))
    expect(toHex(peopleHash(peopleCommitments(record.people, toHex(record.salt))))).toBe(
      entry.personalHash,
    )
    expect(verifyPersonalData(record.people, record.salt, fromHex(entry.personalHash))).toBe(true)
    await ledger.erasePersonalData(GROUP, 0, erasure)
    expect(await ledger.personalRecord(0)).toBeUndefined()
  })

  it('detects personal data that no longer matches its commitment', async () => {
    const { ledger, store } = newLedger()
    await ledger.append(registration(GROUP))
    const held = await store.readPersonal(0)
    if (!held) throw new Error('no personal data held')
    ;(held.people as { name: string }[])[0] = { ...held.people[0], name: '李四' } as never
    await expect(ledger.personalData(0)).rejects.toMatchObject({ code: 'VERIFICATION_FAILED' })
    await expect(ledger.personalRecord(0)).rejects.toMatchObject({ code: 'VERIFICATION_FAILED' })
  })
})

describe('ledger.personalData', () => {
  it('returns the people it checked against the commitment, not objects of the store that read differently later', async () => {
    const inner = memoryStore()
    let reads = 0
    const store: EventStore = {
      ...inner,
      async readPersonal(seq) {
        const held = await inner.readPersonal(seq)
        if (held === undefined) return undefined
        const [first, ...rest] = held.people
        const shifty = { ...first }
        Object.defineProperty(shifty, 'name', {
          enumerable: true,
          get: () => (reads++ === 0 ? first?.name : '冒名顶替'),
        })
        return { ...held, people: [shifty, ...rest] as typeof held.people }
      },
    }
    const { ledger } = newLedger(store)
    await ledger.append(registration(GROUP))
    const people = await ledger.personalData(0)
    expect(people?.[0]?.name).toBe('王建国')
    expect(people?.[0]?.name).toBe('王建国')
  })
})
