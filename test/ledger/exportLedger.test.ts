import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import { isLedgerError } from '../../src/errors'
import { entryLeafHash, parseCheckpoint, toHex } from '../../src/proof'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { annualReport, GROUP, newLedger, registration, SERVICE, signer } from './fixtures'

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = []
  for await (const line of lines) all.push(line)
  return all
}

async function ledgerWithHistory() {
  const made = newLedger()
  await made.ledger.append([registration(GROUP), registration(SERVICE)])
  await made.ledger.checkpoint()
  await made.ledger.append([annualReport(GROUP, 2016), annualReport(SERVICE, 2016)])
  await made.ledger.append(annualReport(GROUP, 2017))
  return made
}

describe('ledger.export', () => {
  it('writes a header, each entry beside its leaf, and each checkpoint after the entry that completes it', async () => {
    const { ledger } = await ledgerWithHistory()
    const lines = (await collect(ledger.export())).map((line) => JSON.parse(line))
    const head = await ledger.head()
    expect(lines[0]).toEqual({
      format: 'integrity-ledger/export',
      version: 1,
      origin: 'ledger.test/jinshan',
      size: 5,
      root: head.root,
      checkpoints: 2,
      personal: false,
    })
    expect(lines.map((line) => Object.keys(line)[0])).toEqual([
      'format',
      'entry',
      'entry',
      'checkpoint',
      'entry',
      'entry',
      'entry',
      'checkpoint',
      'end',
    ])
    const entries = lines.filter((line) => 'entry' in line)
    expect(entries.map((line) => line.entry.seq)).toEqual([0, 1, 2, 3, 4])
    for (const line of entries) expect(line.leaf).toBe(toHex(entryLeafHash(line.entry)))
    const last = parseCheckpoint(lines.at(-2).checkpoint)
    expect(last.success && last.data.size).toBe(5)
    expect(lines.at(-1)).toEqual({ end: { size: 5, checkpoints: 2 } })
  })

  it('leaves personal data out unless asked, and then puts it right after its entry', async () => {
    const { ledger } = await ledgerWithHistory()
    const plain = await collect(ledger.export())
    expect(plain.join('\n')).not.toContain('王建国')
    const lines = (await collect(ledger.export({ personal: true }))).map((l) => JSON.parse(l))
    expect(lines[0].personal).toBe(true)
    const kinds = lines.map((line) => Object.keys(line)[0])
    expect(kinds.slice(1, 6)).toEqual(['entry', 'personal', 'entry', 'personal', 'checkpoint'])
    expect(lines[2].personal.seq).toBe(0)
    expect(lines[2].personal.people[0].name).toBe('王建国')
  })

  it('signs a checkpoint of the exported size once, and only with a signer and when allowed', async () => {
    const { ledger, store } = await ledgerWithHistory()
    await collect(ledger.export({ checkpoint: false }))
    expect((await store.checkpoints()).map((c) => c.size)).toEqual([2])
    await collect(ledger.export())
    await collect(ledger.export())
    expect((await store.checkpoints()).map((c) => c.size)).toEqual([2, 5])
    const unsigned = createLedger({
      store: memoryStore(),
      clock: fixedClock('2024-01-01T00:00:00Z'),
    })
    await unsigned.append(registration(GROUP))
    const lines = await collect(unsigned.export())
    expect(JSON.parse(lines[0] ?? '{}').checkpoints).toBe(0)
  })

  it('stops at the size the ledger had when the export began, while appends go on', async () => {
    const { ledger } = await ledgerWithHistory()
    const lines: string[] = []
    for await (const line of ledger.export({ pageSize: 1 })) {
      lines.push(line)
      if (lines.length === 2) await ledger.append(annualReport(SERVICE, 2017))
    }
    expect(lines.filter((line) => line.startsWith('{"entry"'))).toHaveLength(5)
    expect(JSON.parse(lines[0] ?? '{}').size).toBe(5)
  })

  it('gives the same lines every time for the same ledger', async () => {
    const { ledger } = await ledgerWithHistory()
    expect(await collect(ledger.export())).toEqual(await collect(ledger.export()))
  })

  it('refuses unknown options with INVALID_INPUT before reading anything', async () => {
    const { ledger } = await ledgerWithHistory()
    let thrown: unknown
    try {
      ledger.export({ format: 'csv' } as never)
    } catch (error) {
      thrown = error
    }
    expect(isLedgerError(thrown) && thrown.code).toBe('INVALID_INPUT')
  })

  it('exports an empty ledger as a header and a checkpoint of size 0', async () => {
    const { ledger } = newLedger()
    const lines = (await collect(ledger.export())).map((l) => JSON.parse(l))
    expect(lines.map((line) => Object.keys(line)[0])).toEqual(['format', 'checkpoint', 'end'])
    expect(signer.publicKey).toHaveLength(32)
  })
})
