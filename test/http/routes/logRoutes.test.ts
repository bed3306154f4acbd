import { beforeAll, describe, expect, it } from 'vitest'
import type { Ledger } from '../../../src/createLedger'
import type { CheckpointAnswer, QueryHandler } from '../../../src/http'
import {
  fromHex,
  parseCheckpoint,
  rootHash,
  verifyCheckpoint,
  verifyConsistency,
} from '../../../src/proof'
import { get, PUBLIC_KEY, townService, townSigner } from '../fixtures'

let handler: QueryHandler
let ledger: Ledger
beforeAll(async () => {
  ;({ handler, ledger } = await townService())
})

describe('checkpointRoute', () => {
  it('serves the latest signed note as plain text', async () => {
    const response = await get(handler, '/api/checkpoint')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('public, no-cache')
    expect(response.headers.get('vary')).toBe('Accept')
    const note = await response.text()
    expect(verifyCheckpoint(note, townSigner.publicKey, { keyName: townSigner.name }).success).toBe(
      true,
    )
  })

  it('answers its origin, size and root as JSON when JSON is asked for', async () => {
    const response = await get(handler, '/api/checkpoint', {
      headers: { accept: 'application/json' },
    })
    expect(response.headers.get('content-type')).toBe('application/json')
    const answer = (await response.json()) as CheckpointAnswer
    const head = await ledger.head()
    expect(answer).toMatchObject({
      origin: 'jinshan.example/credit',
      size: head.size,
      root: head.root,
    })
    expect(parseCheckpoint(answer.note).success).toBe(true)
  })

  it('answers 304 to the tag of the checkpoint the client holds', async () => {
    const etag = (await get(handler, '/api/checkpoint')).headers.get('etag') as string
    const again = await get(handler, '/api/checkpoint', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    const json = await get(handler, '/api/checkpoint', {
      headers: { 'if-none-match': etag, accept: 'application/json' },
    })
    expect(json.status).toBe(200)
  })

  it('takes no parameters', async () => {
    expect((await get(handler, '/api/checkpoint?size=3')).status).toBe(400)
  })
})

describe('consistencyRoute', () => {
  it('serves a proof that a later log extends an earlier one, cached for good', async () => {
    const head = await ledger.head()
    const response = await get(handler, `/api/consistency?from=17&to=${head.size}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const proof = (await response.json()) as { oldSize: number; newSize: number; path: string[] }
    expect(proof).toMatchObject({ oldSize: 17, newSize: head.size })
    const old = await oldRoot(ledger, 17)
    const path = proof.path.map(fromHex)
    expect(verifyConsistency(17, head.size, old, fromHex(head.root), path)).toBe(true)
  })

  it('answers 400 for a size beyond the log, a start after the end, or a missing bound', async () => {
    const { size } = await ledger.head()
    const beyond = await (await get(handler, `/api/consistency?from=1&to=${size + 1}`)).json()
    expect(beyond.issues).toEqual([
      {
        code: 'out_of_range',
        path: ['to'],
        message: `to: expected a whole number from 0 to ${size}, the log's size now.`,
      },
    ])
    const backwards = await (await get(handler, '/api/consistency?from=9&to=3')).json()
    expect(backwards.issues[0]).toMatchObject({ code: 'out_of_range', path: ['from'] })
    const missing = await (await get(handler, '/api/consistency?from=1')).json()
    expect(missing.issues[0]).toMatchObject({ code: 'missing_parameter', path: ['to'] })
    const negative = await get(handler, '/api/consistency?from=-1&to=2')
    expect(negative.status).toBe(400)
  })
})

describe('publicKeyRoute', () => {
  it('serves the verifier key as text, or as JSON when asked', async () => {
    const text = await get(handler, '/api/public-key')
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await text.text()).toBe(`${PUBLIC_KEY}\n`)
    const json = await get(handler, '/api/public-key', {
      headers: { accept: 'application/json;q=0.9, text/plain;q=0.5' },
    })
    expect(await json.json()).toEqual({ publicKey: PUBLIC_KEY })
  })
})

/** The root of the log when it held its first `size` entries, from their leaf hashes. */
async function oldRoot(ledger: Ledger, size: number): Promise<Uint8Array> {
  const leaves: Uint8Array[] = []
  for (let seq = 0; seq < size; seq++) {
    leaves.push(fromHex((await ledger.proveInclusion(seq, size)).leafHash))
  }
  return rootHash(leaves)
}
