import { describe, expect, it } from 'vitest'
import { canonicalBytes } from '../../../src/events/canonicalJson'
import type { EntryEnvelope } from '../../../src/events/envelope'
import {
  disclosedLeafHash,
  discloseEntry,
  entryLeafHash,
  leafHash,
  toHex,
  verifyLedger,
} from '../../../src/proof'
import { annualReport, GROUP, newLedger, registration, signer } from '../../ledger/fixtures'

async function storedReport(): Promise<EntryEnvelope> {
  const { ledger } = newLedger()
  await ledger.append(registration(GROUP))
  await ledger.append(annualReport(GROUP, 2019))
  return (await ledger.entry(1)) as EntryEnvelope
}

// A disclosed entry as a test edits it: any field may be replaced.
type Shown = { data: Record<string, unknown>; salts: { data: Record<string, string> } } & Record<
  string,
  unknown
>

const hideFinancials = (path: readonly string[]) => path[1] !== 'financials'

describe('entryLeafHash of a salted entry', () => {
  it('commits to each content field apart, not to the entry’s JSON', async () => {
    const entry = await storedReport()
    expect(entry.salt).toMatch(/^[0-9a-f]{32}$/)
    expect(toHex(entryLeafHash(entry))).not.toBe(toHex(leafHash(canonicalBytes(entry))))
  })

  it('keeps the whole-JSON leaf for an entry without a salt', async () => {
    const { salt: _, ...unsalted } = await storedReport()
    expect(toHex(entryLeafHash(unsalted))).toBe(toHex(leafHash(canonicalBytes(unsalted))))
  })

  it('changes with the salt and with a report’s keys smuggled into a stored entry', async () => {
    const entry = await storedReport()
    const leaf = toHex(entryLeafHash(entry))
    expect(toHex(entryLeafHash({ ...entry, salt: '0'.repeat(32) }))).not.toBe(leaf)
    expect(toHex(entryLeafHash({ ...entry, commitments: {} } as EntryEnvelope))).not.toBe(leaf)
  })
})

describe('discloseEntry and disclosedLeafHash', () => {
  it('give back the entry’s leaf from every field shown, and from some fields shown', async () => {
    const entry = await storedReport()
    const leaf = toHex(entryLeafHash(entry))
    const whole = discloseEntry(entry, () => true)
    const part = discloseEntry(entry, hideFinancials)
    for (const shown of [whole, part]) {
      const checked = disclosedLeafHash(shown as never)
      expect(checked.success && toHex(checked.data)).toBe(leaf)
    }
    expect(part?.data).toEqual({ year: 2019, filedWith: 'registrar' })
  })

  it('carries no hidden value, no salt of a hidden field and not the entry’s salt', async () => {
    const entry = await storedReport()
    const json = JSON.stringify(discloseEntry(entry, hideFinancials))
    expect(json).not.toContain('120000')
    expect(json).not.toContain('98000')
    expect(json).not.toContain(entry.salt as string)
    expect(json).not.toContain('"salt"')
    expect(Object.keys(JSON.parse(json).salts.data).sort()).toEqual(['filedWith', 'year'])
  })

  it('names the shown field whose value or salt changed', async () => {
    const shown = discloseEntry(await storedReport(), hideFinancials) as unknown as Shown
    const changed = { ...shown, data: { ...shown.data, year: 2018 } }
    expect(disclosedLeafHash(changed as never)).toMatchObject({
      success: false,
      issues: [{ code: 'field_changed', path: ['data', 'year'] }],
    })
    const saltless = {
      ...shown,
      salts: { ...shown.salts, data: { filedWith: shown.salts.data.filedWith } },
    }
    expect(disclosedLeafHash(saltless as never)).toMatchObject({
      success: false,
      issues: [{ code: 'missing_salt', path: ['salts', 'data', 'year'] }],
    })
    const invented = { ...shown, data: { ...shown.data, auditFirm: '某会计师事务所' } }
    expect(disclosedLeafHash(invented as never)).toMatchObject({
      success: false,
      issues: [{ code: 'not_committed', path: ['data', 'auditFirm'] }],
    })
  })

  it('gives another leaf when a position field or a commitment is changed', async () => {
    const entry = await storedReport()
    const leaf = toHex(entryLeafHash(entry))
    const shown = discloseEntry(entry, hideFinancials) as unknown as Shown
    for (const changed of [
      { ...shown, recordedAt: '2024-01-01T00:00:09.000Z' },
      { ...shown, commitments: { ...(shown.commitments as object), by: '0'.repeat(64) } },
    ]) {
      const checked = disclosedLeafHash(changed as never)
      expect(checked.success && toHex(checked.data)).not.toBe(leaf)
    }
  })

  it('shows an unsalted entry whole or not at all', async () => {
    const { salt: _, ...unsalted } = await storedReport()
    expect(discloseEntry(unsalted, () => true)).toBe(unsalted)
    expect(discloseEntry(unsalted, hideFinancials)).toBeUndefined()
  })
})

describe('verifyLedger over salted entries', () => {
  it('verifies a whole export and catches a changed salt', async () => {
    const { ledger, store } = newLedger()
    await ledger.append([registration(GROUP), annualReport(GROUP, 2019)])
    const note = await ledger.checkpoint()
    const all: EntryEnvelope[] = []
    for await (const page of store.readAll()) all.push(...page)
    expect(verifyLedger(all, note, signer.publicKey).success).toBe(true)
    const changed = all.map((entry) =>
      entry.seq === 1 ? { ...entry, salt: 'f'.repeat(32) } : entry,
    )
    expect(verifyLedger(changed, note, signer.publicKey).success).toBe(false)
  })
})
