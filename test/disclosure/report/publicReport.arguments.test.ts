import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  nationalDisclosurePolicy,
  publicReport,
  reportSections,
  verifyReport,
} from '../../../src/disclosure'
import { isLedgerError } from '../../../src/errors'
import { ed25519Signer, signCheckpoint } from '../../../src/proof'
import { FILED, registration, SERVICE, snapshot } from '../../ledger/fixtures'
import { GROUP, PEOPLE, recordedGroup, signer } from '../fixtures'

const asOf = '2021-12-31'
const stranger = ed25519Signer(signer.name, new Uint8Array(32).fill(7))

describe('publicReport, given a malformed policy', () => {
  it('refuses people.roles as a string, which a substring match once turned into publishing a council member by name', async () => {
    const { ledger } = await recordedGroup()
    const people = [
      { roles: 'legal_representative, council_member', fields: ['role', 'name'] },
    ] as never
    const policy = { ...nationalDisclosurePolicy, people }
    const refused = publicReport(ledger, GROUP, { asOf, signer, policy })
    await expect(refused).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['policy', 'people', 0, 'roles'] }],
    })
    await expect(refused).rejects.toThrow(/policy\.people\.0\.roles/)
  })

  it('refuses a policy missing a part, with an unknown key, or of the wrong kind, naming the field', async () => {
    const { ledger } = await recordedGroup()
    const { visibility: _, ...noVisibility } = nationalDisclosurePolicy
    const cases: [unknown, (string | number)[]][] = [
      [noVisibility, ['policy', 'visibility']],
      [{ ...nationalDisclosurePolicy, extra: true }, ['policy']],
      [{ ...nationalDisclosurePolicy, windows: 'none' }, ['policy', 'windows']],
      [
        { ...nationalDisclosurePolicy, people: [{ roles: [], fields: ['name'] }] },
        ['policy', 'people', 0],
      ],
      ['cn-national-disclosure', ['policy']],
    ]
    for (const [policy, path] of cases) {
      const error = await publicReport(ledger, GROUP, { asOf, signer, policy } as never).catch(
        (caught: unknown) => caught,
      )
      expect(isLedgerError(error) && error.code).toBe('INVALID_INPUT')
      const paths = isLedgerError(error) ? error.issues.map((issue) => issue.path) : []
      expect(paths.some((p) => path.every((key, i) => p[i] === key))).toBe(true)
    }
  })

  it('applies the checked copy of a policy, whatever the object given does when read again', async () => {
    const { ledger } = await recordedGroup()
    let reads = 0
    const people = [{ roles: ['legal_representative'], fields: ['role', 'name'] }]
    const policy = { ...nationalDisclosurePolicy }
    Object.defineProperty(policy, 'people', {
      enumerable: true,
      get: () =>
        reads++ === 0 ? people : [{ roles: ['council_member'], fields: ['role', 'name'] }],
    })
    const report = await publicReport(ledger, GROUP, { asOf, signer, policy })
    expect(JSON.stringify(report)).not.toContain(PEOPLE[1].name)
    expect(JSON.stringify(report)).toContain(PEOPLE[0].name)
  })
})

describe('publicReport, asked for an organization', () => {
  it('refuses an id that fails the USCC check with INVALID_ORGANIZATION_ID, and signs nothing', async () => {
    const { ledger, store } = await recordedGroup()
    const before = await snapshot(store)
    for (const org of ['51310116MJ4A001371', '51310116mj4a001370', 'F-310116', '', 'nonsense']) {
      const error = await publicReport(ledger, org, { asOf, signer }).catch((e: unknown) => e)
      expect(isLedgerError(error) && error.code).toBe('INVALID_ORGANIZATION_ID')
      const issues = isLedgerError(error) ? error.issues : []
      expect(issues.length).toBeGreaterThan(0)
      for (const issue of issues) expect(issue.path[0]).toBe('org')
    }
    expect(await snapshot(store)).toEqual(before)
  })

  it('says no such organization, UNKNOWN_ORGANIZATION, for a valid code or filing id the ledger does not hold, and signs nothing', async () => {
    const { ledger, store } = await recordedGroup()
    const before = await snapshot(store)
    for (const org of [SERVICE, FILED]) {
      await expect(publicReport(ledger, org, { asOf, signer })).rejects.toMatchObject({
        code: 'UNKNOWN_ORGANIZATION',
        issues: [{ code: 'unknown_organization', path: ['org'] }],
      })
      await expect(ledger.publicReport(org, { asOf })).rejects.toMatchObject({
        code: 'UNKNOWN_ORGANIZATION',
      })
    }
    expect(await snapshot(store)).toEqual(before)
  })
})

describe('publicReport, given a checkpoint', () => {
  it('refuses one the signer’s key did not sign', async () => {
    const { ledger } = await recordedGroup()
    const head = await ledger.head()
    const note = signCheckpoint(
      { origin: signer.name, size: head.size, root: Buffer.from(head.root, 'hex') },
      stranger,
    )
    await expect(
      publicReport(ledger, GROUP, { asOf, signer, checkpoint: note }),
    ).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
      issues: [{ path: expect.arrayContaining(['checkpoint']) }],
    })
  })

  it('refuses one signed by the log’s key over a root that is not the ledger’s at its size', async () => {
    const { ledger } = await recordedGroup()
    const { size } = await ledger.head()
    for (const at of [size, size - 3, 0]) {
      const note = signCheckpoint(
        { origin: signer.name, size: at, root: new Uint8Array(32).fill(9) },
        signer,
      )
      await expect(
        publicReport(ledger, GROUP, { asOf, signer, checkpoint: note }),
      ).rejects.toMatchObject({
        code: 'VERIFICATION_FAILED',
        issues: [{ code: 'root_mismatch', path: ['checkpoint', 'root'] }],
      })
    }
  })

  it('refuses, through ledger.publicReport too, one signed by the ledger’s key over another root', async () => {
    const { ledger } = await recordedGroup()
    const { size } = await ledger.head()
    const note = signCheckpoint(
      { origin: signer.name, size, root: new Uint8Array(32).fill(1) },
      signer,
    )
    await expect(ledger.publicReport(GROUP, { asOf, checkpoint: note })).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
    })
    const good = await ledger.checkpoint()
    const report = await ledger.publicReport(GROUP, { asOf, checkpoint: good })
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
  })

  it('refuses one for a size the ledger has not reached', async () => {
    const { ledger } = await recordedGroup()
    const { size } = await ledger.head()
    const note = signCheckpoint(
      { origin: signer.name, size: size + 5, root: new Uint8Array(32) },
      signer,
    )
    await expect(
      publicReport(ledger, GROUP, { asOf, signer, checkpoint: note }),
    ).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
      issues: [{ code: 'unknown_size', path: ['checkpoint', 'size'] }],
    })
  })

  it('says no such organization for one signed before the organization was registered', async () => {
    const { ledger } = await recordedGroup()
    const early = await ledger.checkpoint()
    await ledger.append(registration(SERVICE))
    await expect(
      publicReport(ledger, SERVICE, { asOf, signer, checkpoint: early }),
    ).rejects.toMatchObject({
      code: 'UNKNOWN_ORGANIZATION',
    })
    const later = await publicReport(ledger, SERVICE, { asOf, signer })
    expect(reportSections.flatMap((s) => later.sections[s])).toHaveLength(1)
    expect(verifyReport(later, { publicKey: signer.publicKey }).success).toBe(true)
  })
})

describe('publicReport, given arbitrary values', () => {
  const value = fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true })

  it('answers any source, organization, options, policy or checkpoint with a report or a coded LedgerError, and changes nothing', async () => {
    const { ledger, store } = await recordedGroup()
    // A report that succeeds reuses this checkpoint: the log does not grow.
    await ledger.checkpoint()
    const before = await snapshot(store)
    const attempts = [
      (a: unknown) => publicReport(a as never, GROUP, { asOf, signer }),
      (a: unknown) => publicReport(ledger, a as never, { asOf, signer }),
      (a: unknown) => publicReport(ledger, GROUP, a as never),
      (a: unknown) => publicReport(ledger, GROUP, { asOf: a, signer } as never),
      (a: unknown) => publicReport(ledger, GROUP, { asOf, signer: a } as never),
      (a: unknown) => publicReport(ledger, GROUP, { asOf, signer, policy: a } as never),
      (a: unknown) => publicReport(ledger, GROUP, { asOf, signer, checkpoint: a } as never),
      (a: unknown) => ledger.publicReport(GROUP, { asOf, policy: a } as never),
    ]
    await fc.assert(
      fc.asyncProperty(value, async (a) => {
        for (const attempt of attempts) {
          const error = await attempt(a).then(
            () => undefined,
            (caught: unknown) => caught,
          )
          if (error !== undefined && !isLedgerError(error)) throw error
        }
      }),
      { numRuns: 60 },
    )
    expect(await snapshot(store)).toEqual(before)
  })
})
