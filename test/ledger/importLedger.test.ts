import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import { isLedgerError } from '../../src/errors'
import { importLedger } from '../../src/ledger/importLedger'
import { ed25519Signer } from '../../src/proof'
import { type EventStore, memoryStore } from '../../src/store'
import {
  annualReport,
  GROUP,
  newLedger,
  registration,
  SERVICE,
  signer,
  snapshot,
  warning,
} from './fixtures'

const publicKey = signer.publicKey

async function exported(options: { personal?: boolean } = {}): Promise<string[]> {
  const { ledger } = newLedger()
  await ledger.append([registration(GROUP), registration(SERVICE)])
  await ledger.checkpoint()
  for (let year = 2016; year < 2019; year++) {
    await ledger.append([annualReport(GROUP, year), annualReport(SERVICE, year)])
  }
  await ledger.append(warning(SERVICE))
  const lines: string[] = []
  for await (const line of ledger.export(options)) lines.push(line)
  return lines
}

async function refusal(store: EventStore, lines: Iterable<string>, options = { publicKey }) {
  const before = await snapshot(store)
  try {
    await importLedger(store, lines, options)
  } catch (error) {
    expect(await snapshot(store)).toEqual(before)
    if (isLedgerError(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('the import was not refused')
}

describe('importLedger', () => {
  it('imports an export into an empty store, giving the same head, entries and checkpoints', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), registration(SERVICE)])
    await ledger.append(warning(GROUP))
    const lines: string[] = []
    for await (const line of ledger.export()) lines.push(`${line}\n`)
    const store = memoryStore()
    const result = await importLedger(store, [...lines, ''], {
      publicKey,
      withoutPersonalData: true,
    })
    const copy = createLedger({ store })
    expect(await copy.head()).toEqual(await ledger.head())
    expect(result).toEqual({
      entries: 3,
      checkpoints: 1,
      personal: 0,
      root: (await ledger.head()).root,
    })
    expect(await copy.entries(GROUP)).toEqual(await ledger.entries(GROUP))
    expect(await store.checkpoints()).toHaveLength(1)
    expect(await copy.personalData(0)).toBeUndefined()
    await copy.append(annualReport(GROUP, 2016))
  })

  it('brings personal data along when the export has it, checked against its commitment', async () => {
    const store = memoryStore()
    const result = await importLedger(store, await exported({ personal: true }), { publicKey })
    expect(result.personal).toBe(2)
    const people = await createLedger({ store }).personalData(1)
    expect(people?.[0]?.name).toBe('王建国')
  })

  it('reads lines from an async iterable', async () => {
    const lines = await exported({ personal: true })
    async function* stream() {
      yield* lines
    }
    expect((await importLedger(memoryStore(), stream(), { publicKey })).entries).toBe(9)
  })

  it('refuses any changed character, naming its line, and writes nothing', async () => {
    const lines = await exported({ personal: true })
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: lines.length - 1 }),
        fc.nat(),
        fc.constantFrom('0', '7', 'a', 'x', '"', '}', ' ', '社'),
        async (index, at, replacement) => {
          const line = lines[index] as string
          const position = at % line.length
          fc.pre(line[position] !== replacement)
          const tampered = [...lines]
          tampered[index] = line.slice(0, position) + replacement + line.slice(position + 1)
          const { code, message } = await refusal(memoryStore(), tampered)
          expect(['INVALID_INPUT', 'VERIFICATION_FAILED']).toContain(code)
          expect(message).toMatch(new RegExp(`^line ${index + 1}:`))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('refuses a file cut short at a line break or inside a line', async () => {
    const lines = await exported()
    for (const kept of [1, 5, lines.length - 1]) {
      expect(await refusal(memoryStore(), lines.slice(0, kept))).toEqual({
        code: 'VERIFICATION_FAILED',
        message: `line ${kept + 1}: is missing: the file was cut short`,
      })
    }
    const inside = [...lines.slice(0, 6), (lines[6] as string).slice(0, 40)]
    expect(await refusal(memoryStore(), inside)).toEqual({
      code: 'INVALID_INPUT',
      message: 'line 7: is not JSON',
    })
  })

  it('refuses entries out of order, naming the first one out of place', async () => {
    const lines = await exported()
    const swapped = [...lines]
    ;[swapped[4], swapped[5]] = [swapped[5] as string, swapped[4] as string]
    const { message } = await refusal(memoryStore(), swapped)
    expect(message).toMatch(/^line 5: holds entry 3 where 2 belongs/)
  })

  it('refuses an export whose checkpoints another key signed', async () => {
    const other = ed25519Signer('ledger.test/jinshan', new Uint8Array(32).fill(12))
    const { code, message } = await refusal(memoryStore(), await exported(), {
      publicKey: other.publicKey,
    })
    expect(code).toBe('VERIFICATION_FAILED')
    expect(message).toMatch(/^line 4: the checkpoint does not verify/)
  })

  it('refuses entries no checkpoint covers unless told to take them', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    await ledger.checkpoint()
    await ledger.append(warning(GROUP))
    const lines: string[] = []
    for await (const line of ledger.export({ checkpoint: false })) lines.push(line)
    const { message } = await refusal(memoryStore(), lines)
    expect(message).toMatch(/^line 4: entry 1 and the 0 after it are covered by no checkpoint/)
    const taken = await importLedger(memoryStore(), lines, {
      publicKey,
      allowUnverified: true,
      withoutPersonalData: true,
    })
    expect(taken.entries).toBe(2)
  })

  it('refuses a store that already holds entries, and writes nothing to it', async () => {
    const { store, ledger } = newLedger()
    await ledger.append(registration(GROUP))
    const { code, message } = await refusal(store, await exported())
    expect(code).toBe('INVALID_INPUT')
    expect(message).toContain('empty store')
  })

  it('refuses an empty input, a missing header and bad options', async () => {
    expect(await refusal(memoryStore(), [])).toEqual({
      code: 'INVALID_INPUT',
      message: 'line 1: is missing: the export is empty',
    })
    const lines = await exported()
    const { message } = await refusal(memoryStore(), lines.slice(1))
    expect(message).toMatch(/^line 1: is not an integrity-ledger\/export header/)
    await expect(importLedger(memoryStore(), lines, {} as never)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  })
})
