import { createHash } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consistencyProof,
  cosignCheckpoint,
  cosignerKey,
  ed25519Signer,
  emptyWitnessState,
  fromBase64,
  leafHash,
  parseCheckpoint,
  parseCosignerKey,
  rootHash,
  signCheckpoint,
  verifierKey,
  verifyCheckpoint,
  witnessPolicy,
} from '../../../src/proof'
import { cosignedMessage } from '../../../src/proof/witness/cosignedMessage'

// The example checkpoint of C2SP tlog-cosignature, with its log signature and one cosignature.
const SPEC_EXAMPLE =
  'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n' +
  '\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n' +
  '\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n'

const ORIGIN = 'registry.example/cn'
const log = ed25519Signer(ORIGIN, new Uint8Array(32).fill(7))
const LOG_KEY = verifierKey(log)
const witnesses = [1, 2, 3].map((n) =>
  ed25519Signer(`witness.example/w${n}`, new Uint8Array(32).fill(40 + n)),
)
const WITNESS_KEYS = witnesses.map((w) => cosignerKey(w))

function leaves(size: number, fork = -1): Uint8Array[] {
  return Array.from({ length: size }, (_, i) =>
    leafHash(new TextEncoder().encode(i === fork ? `forked ${i}` : `entry ${i}`)),
  )
}

function checkpointOf(items: readonly Uint8Array[]): string {
  return signCheckpoint({ origin: ORIGIN, size: items.length, root: rootHash(items) }, log)
}

function keyIdBytes(name: string, type: number, publicKey: Uint8Array): string {
  const digest = createHash('sha256')
    .update(Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([type]), publicKey]))
    .digest()
  return digest.subarray(0, 4).toString('hex')
}

describe('cosignature/v1 as C2SP tlog-cosignature writes it', () => {
  it('reads the example cosignature line: its key ID, then its big-endian timestamp', () => {
    const parsed = parseCheckpoint(SPEC_EXAMPLE)
    expect(parsed.success).toBe(true)
    if (!parsed.success) return
    const line = parsed.data.signatures[1]
    expect(line?.name).toBe('witness.example.com/w1')
    expect(line?.keyId).toBe(0x8d66cf3f)
    expect(line?.signature.length).toBe(72)
    const timestamp = new DataView(
      line?.signature.buffer as ArrayBuffer,
      line?.signature.byteOffset,
      8,
    )
    expect(timestamp.getBigUint64(0)).toBe(1679315147n)
  })

  it('signs the message the spec shows: header, time line, then the checkpoint body', () => {
    const text = SPEC_EXAMPLE.slice(0, SPEC_EXAMPLE.indexOf('\n\n') + 1)
    expect(new TextDecoder().decode(cosignedMessage(text, 1679315147))).toBe(
      'cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n',
    )
  })

  it('gives a witness key type 0x04: its key ID hashes name, newline, 0x04 and the key', () => {
    const witness = witnesses[0] as (typeof witnesses)[number]
    const text = cosignerKey(witness)
    const [name, id, key] = text.split('+')
    expect(name).toBe(witness.name)
    expect(id).toBe(keyIdBytes(witness.name, 0x04, witness.publicKey))
    expect(fromBase64(key as string)).toEqual(new Uint8Array([0x04, ...witness.publicKey]))
    expect(parseCosignerKey(text).success).toBe(true)
    // A note key (type 0x01) is not a cosigner key, and the other way round.
    expect(parseCosignerKey(verifierKey(witness))).toMatchObject({ success: false })
  })

  it('writes a line whose bytes are key ID, timestamp and an Ed25519 signature any library checks', () => {
    const checkpoint = checkpointOf(leaves(5))
    const witness = witnesses[0] as (typeof witnesses)[number]
    const { line } = cosignCheckpoint({
      checkpoint,
      log: LOG_KEY,
      witness,
      time: 1_765_000_000,
      state: emptyWitnessState,
    })
    const bytes = fromBase64(line.slice(`\u2014 ${witness.name} `.length, -1))
    expect(bytes.length).toBe(76)
    expect(Buffer.from(bytes.subarray(0, 4)).toString('hex')).toBe(
      keyIdBytes(witness.name, 0x04, witness.publicKey),
    )
    expect(new DataView(bytes.buffer).getBigUint64(4)).toBe(1_765_000_000n)
    const body = checkpoint.slice(0, checkpoint.indexOf('\n\n') + 1)
    const message = new TextEncoder().encode(`cosignature/v1\ntime 1765000000\n${body}`)
    expect(ed25519.verify(bytes.subarray(12), message, witness.publicKey)).toBe(true)
  })
})

describe('a witness cosigns only what is consistent with what it cosigned', () => {
  const base = { log: LOG_KEY, witness: witnesses[0] as (typeof witnesses)[number] }

  it('cosigns the first checkpoint it sees and remembers its size and root', () => {
    const items = leaves(4)
    const { state } = cosignCheckpoint({
      ...base,
      checkpoint: checkpointOf(items),
      time: 100,
      state: emptyWitnessState,
    })
    expect(state.logs[ORIGIN]).toMatchObject({ size: 4, timestamp: 100 })
  })

  it('refuses a checkpoint the log did not sign, and leaves the state as it was', () => {
    const forged = signCheckpoint(
      { origin: ORIGIN, size: 3, root: rootHash(leaves(3)) },
      ed25519Signer(ORIGIN, new Uint8Array(32).fill(9)),
    )
    expect(() =>
      cosignCheckpoint({ ...base, checkpoint: forged, time: 1, state: emptyWitnessState }),
    ).toThrow(expect.objectContaining({ code: 'VERIFICATION_FAILED' }))
    expect(emptyWitnessState.logs).toEqual({})
  })

  it('refuses a smaller tree, another root at the same size, a missing or a wrong proof', () => {
    const first = cosignCheckpoint({
      ...base,
      checkpoint: checkpointOf(leaves(6)),
      time: 10,
      state: emptyWitnessState,
    }).state
    const attempt = (checkpoint: string, proof?: Uint8Array[]) => () =>
      cosignCheckpoint({ ...base, checkpoint, time: 20, state: first, ...(proof ? { proof } : {}) })
    expect(attempt(checkpointOf(leaves(5)))).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'checkpoint_rolled_back' })],
      }),
    )
    expect(attempt(checkpointOf(leaves(6, 2)))).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'inconsistent_checkpoint' })],
      }),
    )
    expect(attempt(checkpointOf(leaves(9)))).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'consistency_proof_missing' })],
      }),
    )
    const forked = leaves(9, 1)
    expect(attempt(checkpointOf(forked), consistencyProof(forked, 6))).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'inconsistent_checkpoint' })],
      }),
    )
    expect(() =>
      cosignCheckpoint({ ...base, checkpoint: checkpointOf(leaves(6)), time: 5, state: first }),
    ).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'clock_behind' })] }),
    )
  })

  it('keeps to the key it first followed a log under, and to origins it can keep', () => {
    const first = cosignCheckpoint({
      ...base,
      checkpoint: checkpointOf(leaves(2)),
      time: 1,
      state: emptyWitnessState,
    }).state
    const squatter = ed25519Signer(ORIGIN, new Uint8Array(32).fill(99))
    const claimed = signCheckpoint(
      { origin: ORIGIN, size: 1000, root: rootHash(leaves(1000)) },
      squatter,
    )
    expect(() =>
      cosignCheckpoint({
        ...base,
        log: verifierKey(squatter),
        checkpoint: claimed,
        time: 2,
        state: first,
      }),
    ).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'log_key_changed' })] }),
    )
    const longOrigin = ed25519Signer('x'.repeat(1001), new Uint8Array(32).fill(5))
    const long = signCheckpoint(
      { origin: 'x'.repeat(1001), size: 1, root: rootHash(leaves(1)) },
      longOrigin,
    )
    expect(() =>
      cosignCheckpoint({
        ...base,
        log: verifierKey(longOrigin),
        checkpoint: long,
        time: 2,
        state: first,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })

  it('answers origins that are names of object properties, and a witness whose key is not its own, with coded errors', () => {
    for (const origin of ['constructor', 'toString', '__proto__']) {
      const signerFor = ed25519Signer(origin, new Uint8Array(32).fill(3))
      const note = signCheckpoint({ origin, size: 1, root: rootHash(leaves(1)) }, signerFor)
      const cosigned = cosignCheckpoint({
        ...base,
        log: verifierKey(signerFor),
        checkpoint: note,
        time: 1,
        state: emptyWitnessState,
      })
      expect(Object.hasOwn(cosigned.state.logs, origin)).toBe(true)
    }
    const liar = {
      ...base.witness,
      publicKey: (witnesses[1] as (typeof witnesses)[number]).publicKey,
      sign: base.witness.sign,
    }
    expect(() =>
      cosignCheckpoint({
        ...base,
        witness: liar,
        checkpoint: checkpointOf(leaves(1)),
        time: 1,
        state: emptyWitnessState,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    expect(() =>
      cosignCheckpoint({ ...base, checkpoint: 'not a note', time: 1, state: emptyWitnessState }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })

  it('follows a log that grows, proof by proof, and catches any fork (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.option(fc.nat(), { nil: undefined }),
        (size, growth, forkAt) => {
          const before = leaves(size)
          const { state } = cosignCheckpoint({
            ...base,
            checkpoint: checkpointOf(before),
            time: 1,
            state: emptyWitnessState,
          })
          const fork = forkAt === undefined ? -1 : forkAt % (size + growth)
          const after = leaves(size + growth, fork)
          const request = {
            ...base,
            checkpoint: checkpointOf(after),
            time: 2,
            state,
            proof: consistencyProof(after, size),
          }
          const forksHistory = fork >= 0 && fork < size
          if (forksHistory) {
            expect(() => cosignCheckpoint(request)).toThrow(
              expect.objectContaining({ code: 'VERIFICATION_FAILED' }),
            )
          } else {
            expect(cosignCheckpoint(request).state.logs[ORIGIN]?.size).toBe(size + growth)
          }
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('verifyCheckpoint with a witness policy', () => {
  function cosignedBy(checkpoint: string, which: readonly number[]): string {
    let note = checkpoint
    for (const index of which) {
      note = cosignCheckpoint({
        checkpoint: note,
        log: LOG_KEY,
        witness: witnesses[index] as (typeof witnesses)[number],
        time: 1000 + index,
        state: emptyWitnessState,
      }).note
    }
    return note
  }
  const policy = { witnesses: WITNESS_KEYS, quorum: 2 }

  it('trusts a checkpoint the log signed and a quorum of witnesses cosigned', () => {
    const note = cosignedBy(checkpointOf(leaves(3)), [0, 2])
    const checked = verifyCheckpoint(note, LOG_KEY, { witnesses: policy })
    expect(checked.success).toBe(true)
    if (checked.success) {
      expect(checked.data.cosignatures?.map((c) => c.name)).toEqual([
        'witness.example/w1',
        'witness.example/w3',
      ])
    }
    // Without a policy the cosignatures are lines by other keys, ignored.
    expect(verifyCheckpoint(note, LOG_KEY).success).toBe(true)
  })

  it('names quorum_not_met when too few witnesses cosigned', () => {
    const note = cosignedBy(checkpointOf(leaves(3)), [1])
    expect(verifyCheckpoint(note, LOG_KEY, { witnesses: policy })).toMatchObject({
      success: false,
      issues: [{ code: 'quorum_not_met' }],
    })
  })

  it('catches a cosignature moved to another checkpoint as bad_cosignature', () => {
    const cosigned = cosignedBy(checkpointOf(leaves(3)), [0, 1])
    const lines = cosigned
      .slice(cosigned.indexOf('\n\n') + 2)
      .split('\n')
      .slice(1, 3)
    const other = checkpointOf(leaves(4))
    const moved = `${other}${lines.map((l) => `${l}\n`).join('')}`
    const checked = verifyCheckpoint(moved, LOG_KEY, { witnesses: policy })
    expect(checked.success).toBe(false)
    if (!checked.success) {
      expect(checked.issues.map((i) => i.code)).toEqual([
        'bad_cosignature',
        'bad_cosignature',
        'quorum_not_met',
      ])
    }
  })

  it('answers a policy that is not one with issues naming the field, never a throw', () => {
    const note = cosignedBy(checkpointOf(leaves(3)), [0, 1])
    expect(verifyCheckpoint(note, LOG_KEY, { witnesses: { ...policy, quorum: 4 } })).toMatchObject({
      success: false,
      issues: [{ code: 'invalid_witness_policy', path: ['options', 'witnesses', 'quorum'] }],
    })
    expect(
      verifyCheckpoint(note, LOG_KEY, { witnesses: { witnesses: [LOG_KEY], quorum: 1 } }),
    ).toMatchObject({ success: false, issues: [{ code: 'invalid_key' }] })
  })

  it('counts a witness key once, whatever names it is given', () => {
    const twin = ed25519Signer('witness.example/twin', new Uint8Array(32).fill(41))
    expect(() =>
      witnessPolicy({ witnesses: [WITNESS_KEYS[0] as string, cosignerKey(twin)], quorum: 2 }),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['policy', 'witnesses'] })],
      }),
    )
  })

  it('holds the witnesses to the origin the reader trusts, so a second history under another origin fails', () => {
    const forked = signCheckpoint(
      { origin: `${ORIGIN}-fork`, size: 2, root: rootHash(leaves(2, 0)) },
      log,
    )
    const note = cosignedBy(forked, [0, 1])
    expect(verifyCheckpoint(note, LOG_KEY, { witnesses: policy })).toMatchObject({
      success: false,
      issues: [{ code: 'unexpected_origin' }],
    })
    expect(
      verifyCheckpoint(note, log.publicKey, { keyName: ORIGIN, witnesses: policy }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'origin_required', path: ['options', 'origin'] }],
    })
  })
})
