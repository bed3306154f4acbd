import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LedgerError } from '../../src/errors'
import {
  fromHex,
  verifyCheckpoint,
  verifyConsistency,
  verifyEntryInclusion,
  verifyLedger,
} from '../../src/proof'
import { annualReport, GROUP, newLedger, registration, SERVICE, signer, warning } from './fixtures'

async function ledgerWithHistory() {
  const made = newLedger()
  await made.ledger.append([registration(GROUP), registration(SERVICE)])
  for (let year = 2016; year < 2022; year++) {
    await made.ledger.append([annualReport(GROUP, year), annualReport(SERVICE, year)])
  }
  await made.ledger.append(warning(SERVICE))
  return made
}

describe('ledger proofs', () => {
  it('signs a checkpoint of the current tree that verifies with the public key', async () => {
    const { ledger } = await ledgerWithHistory()
    const note = await ledger.checkpoint()
    const checked = verifyCheckpoint(note, signer.publicKey)
    expect(checked.success).toBe(true)
    if (checked.success) {
      expect(checked.data.size).toBe(15)
      expect(checked.data.origin).toBe('ledger.test/jinshan')
    }
  })

  it('proves every entry against a checkpoint with nothing but the entry, proof, note and key', async () => {
    const { ledger } = await ledgerWithHistory()
    const note = await ledger.checkpoint()
    for (let seq = 0; seq < 15; seq++) {
      const entry = await ledger.entry(seq)
      const proof = await ledger.proveInclusion(seq)
      expect(verifyEntryInclusion(entry as never, proof, note, signer.publicKey).success).toBe(true)
    }
  })

  it('names the entry when a tampered copy is checked against its proof', async () => {
    const { ledger } = await ledgerWithHistory()
    const note = await ledger.checkpoint()
    const entry = await ledger.entry(14)
    const tampered = { ...entry, data: { ...(entry?.data as object), facts: '无' } }
    const result = verifyEntryInclusion(
      tampered as never,
      await ledger.proveInclusion(14),
      note,
      signer.publicKey,
    )
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues[0]?.code).toBe('entry_changed')
      expect(result.issues[0]?.message).toContain('entry 14')
    }
  })

  it('proves an old checkpoint is a prefix of a new one', async () => {
    const { ledger } = await ledgerWithHistory()
    const oldNote = await ledger.checkpoint()
    await ledger.append(annualReport(GROUP, 2022))
    const newNote = await ledger.checkpoint()
    const old = verifyCheckpoint(oldNote, signer.publicKey)
    const now = verifyCheckpoint(newNote, signer.publicKey)
    if (!old.success || !now.success) throw new Error('checkpoints do not verify')
    const proof = await ledger.proveConsistency(old.data.size, now.data.size)
    expect(
      verifyConsistency(
        old.data.size,
        now.data.size,
        old.data.root,
        now.data.root,
        proof.path.map(fromHex),
      ),
    ).toBe(true)
  })

  it('refuses proofs for positions outside the tree', async () => {
    const { ledger } = await ledgerWithHistory()
    await expect(ledger.proveInclusion(15)).rejects.toBeInstanceOf(LedgerError)
    await expect(ledger.proveConsistency(3, 99)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('throws NO_SIGNER when asked for a checkpoint without a signer', async () => {
    const { createLedger } = await import('../../src/createLedger')
    const { memoryStore } = await import('../../src/store')
    await expect(createLedger({ store: memoryStore() }).checkpoint()).rejects.toMatchObject({
      code: 'NO_SIGNER',
    })
  })
})

describe('verifyLedger', () => {
  it('accepts an untouched export and counts entries after the checkpoint as unverified', async () => {
    const { ledger, store } = await ledgerWithHistory()
    const note = await ledger.checkpoint()
    await ledger.append(annualReport(GROUP, 2022))
    const entries = []
    for await (const page of store.readAll()) entries.push(...page)
    const checked = verifyLedger(entries, note, signer.publicKey)
    expect(checked).toMatchObject({ success: true, data: { verifiedSize: 15, unverified: 1 } })
  })

  it('catches any changed character of any entry', async () => {
    const { ledger, store } = await ledgerWithHistory()
    const note = await ledger.checkpoint()
    const lines: string[] = []
    for await (const page of store.readAll()) lines.push(...page.map((e) => JSON.stringify(e)))
    await fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lines.length - 1 }),
        fc.nat(),
        fc.constantFrom('0', '1', '年', 'x', ' '),
        (line, at, replacement) => {
          const text = lines[line] as string
          const position = at % text.length
          if (text[position] === replacement) return
          const changed = text.slice(0, position) + replacement + text.slice(position + 1)
          let parsed: unknown
          try {
            parsed = JSON.parse(changed)
          } catch {
            return // a copy that is no longer JSON is refused before verification
          }
          const copy = lines.map((l, i) => (i === line ? parsed : JSON.parse(l)))
          const checked = verifyLedger(copy, note, signer.publicKey)
          const same = JSON.stringify(parsed) === text
          expect(checked.success).toBe(same)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('narrows a changed entry to the range between checkpoints, down to the entry itself', async () => {
    const { ledger, store } = newLedger()
    const notes: string[] = []
    await ledger.append(registration(GROUP))
    notes.push(await ledger.checkpoint())
    for (let year = 2016; year < 2020; year++) {
      await ledger.append(annualReport(GROUP, year))
      notes.push(await ledger.checkpoint())
    }
    const entries: Record<string, unknown>[] = []
    for await (const page of store.readAll()) entries.push(...page.map((e) => ({ ...e })))
    entries[3] = { ...entries[3], effectiveAt: '2019-05-01' }
    const checked = verifyLedger(entries as never, notes, signer.publicKey)
    expect(checked.success).toBe(false)
    if (!checked.success) expect(checked.issues[0]?.message).toContain('entry 3 was changed')
  })

  it('refuses a truncated export and a reordered one', async () => {
    const { ledger, store } = await ledgerWithHistory()
    const note = await ledger.checkpoint()
    const entries = []
    for await (const page of store.readAll()) entries.push(...page)
    const truncated = verifyLedger(entries.slice(0, -1), note, signer.publicKey)
    expect(!truncated.success && truncated.issues[0]?.code).toBe('truncated')
    const swapped = [entries[1], entries[0], ...entries.slice(2)]
    const reordered = verifyLedger(swapped as never, note, signer.publicKey)
    expect(!reordered.success && reordered.issues[0]?.code).toBe('out_of_order')
  })

  it('refuses a checkpoint signed by another key', async () => {
    const { ledger, store } = await ledgerWithHistory()
    const note = await ledger.checkpoint()
    const entries = []
    for await (const page of store.readAll()) entries.push(...page)
    const result = verifyLedger(entries, note, new Uint8Array(32).fill(1))
    expect(result.success).toBe(false)
  })
})
