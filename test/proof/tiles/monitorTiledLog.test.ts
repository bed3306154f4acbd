import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  leafHash,
  type MonitorState,
  monitorTiledLog,
  rootHash,
  signCheckpoint,
  tiledLogFiles,
  verifierKey,
  verifyCheckpoint,
} from '../../../src/proof'
import { signer } from '../../ledger/fixtures'

const KEY = verifierKey(signer)

function entries(n: number, fork = -1): Uint8Array[] {
  return Array.from({ length: n }, (_, i) =>
    new TextEncoder().encode(i === fork ? `forked ${i}` : `entry ${i}`),
  )
}

function serve(items: Uint8Array[]) {
  const root = rootHash(items.map((item) => leafHash(item)))
  const note = signCheckpoint({ origin: signer.name, size: items.length, root }, signer)
  const files = new Map(tiledLogFiles(items, note).map((file) => [file.path, file.bytes]))
  return async (path: string) => files.get(path)
}

describe('monitorTiledLog', () => {
  it('follows a log that grows, giving only the entries added since the last look', async () => {
    const first = await monitorTiledLog(serve(entries(300)), KEY, undefined)
    expect(first).toMatchObject({ kind: 'consistent', state: { size: 300 } })
    if (first.kind !== 'consistent') return
    expect(first.entries).toHaveLength(300)
    const next = await monitorTiledLog(serve(entries(520)), KEY, first.state)
    expect(next.kind).toBe('consistent')
    if (next.kind === 'consistent') expect(next.entries).toEqual(entries(520).slice(300))
  })

  it('reports a fork with both signed notes, each of which verifies on its own (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 299 }),
        async (size, growth, at) => {
          const seen = await monitorTiledLog(serve(entries(size)), KEY, undefined)
          if (seen.kind !== 'consistent') throw new Error('the first look must succeed')
          const forkAt = at % size
          const report = await monitorTiledLog(
            serve(entries(size + growth, forkAt)),
            KEY,
            seen.state,
          )
          expect(report.kind).toBe('fork')
          if (report.kind !== 'fork') return
          expect(report.reason).toBe('other_history')
          expect(verifyCheckpoint(report.earlier, KEY).success).toBe(true)
          expect(verifyCheckpoint(report.later, KEY).success).toBe(true)
        },
      ),
      { numRuns: 15 },
    )
  })

  it('reports a smaller tree after a larger one as a fork, and a log it cannot read as invalid', async () => {
    const seen = await monitorTiledLog(serve(entries(40)), KEY, undefined)
    const state = (seen as { state: MonitorState }).state
    expect(await monitorTiledLog(serve(entries(30)), KEY, state)).toMatchObject({
      kind: 'fork',
      reason: 'smaller_tree',
    })
    expect(await monitorTiledLog(async () => undefined, KEY, state)).toMatchObject({
      kind: 'invalid',
      issues: [{ code: 'missing_tile' }],
    })
  })
})
