import { describe, expect, it } from 'vitest'
import {
  disclosurePolicy,
  nationalDisclosurePolicy,
  publicReport,
  verifyReport,
} from '../../../src/disclosure'
import { verifierKey } from '../../../src/proof'
import { GROUP, recordedGroup, signer } from '../fixtures'

const open = disclosurePolicy({
  ...nationalDisclosurePolicy,
  id: 'everything-public',
  visibility: { default: { entry: 'public' }, types: {} },
})

describe('verifyReport', () => {
  it('takes the key as raw bytes or as verifier key text, and pins the origin when asked', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(verifyReport(report, { publicKey: signer.publicKey })).toMatchObject({
      success: true,
      data: { org: GROUP, asOf: '2021-12-31', items: 12 },
    })
    expect(
      verifyReport(report, { publicKey: verifierKey(signer), origin: signer.name }).success,
    ).toBe(true)
    expect(
      verifyReport(report, { publicKey: signer.publicKey, origin: 'elsewhere.example/log' }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'unexpected_origin', path: ['checkpoint', 'origin'] }],
    })
  })

  it('checks a report against the policy it should follow', async () => {
    const { ledger } = await recordedGroup()
    const permissive = await publicReport(ledger, GROUP, {
      asOf: '2021-12-31',
      signer,
      policy: open,
    })
    expect(verifyReport(permissive, { publicKey: signer.publicKey, policy: open }).success).toBe(
      true,
    )
    expect(
      verifyReport(permissive, { publicKey: signer.publicKey, policy: nationalDisclosurePolicy }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'policy_mismatch', path: ['policy', 'hash'] }],
    })
    const national = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(
      verifyReport(national, { publicKey: signer.publicKey, policy: nationalDisclosurePolicy })
        .success,
    ).toBe(true)
  })

  it('checks the policy it is given by its schema and blames the options, not the report', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    const { visibility: _, ...noVisibility } = nationalDisclosurePolicy
    const people = [{ roles: 'legal_representative', fields: ['role', 'name'] }]
    for (const [policy, path] of [
      [noVisibility, ['options', 'policy', 'visibility']],
      [{ ...nationalDisclosurePolicy, people }, ['options', 'policy', 'people', 0, 'roles']],
      [{ ...nationalDisclosurePolicy, extra: 1 }, ['options', 'policy']],
    ] as const) {
      expect(
        verifyReport(report, { publicKey: signer.publicKey, policy: policy as never }),
      ).toMatchObject({ success: false, issues: [{ code: 'invalid_options', path }] })
    }
  })

  it('answers anything that is not a report with issues, never an exception', () => {
    for (const junk of [
      null,
      42,
      'report',
      {},
      { format: 'integrity-ledger/public-report/v1', sections: [] },
    ]) {
      const checked = verifyReport(junk, { publicKey: signer.publicKey })
      expect(checked.success).toBe(false)
    }
  })

  it('answers a report item of a hostile shape with issues that name it', async () => {
    const { ledger } = await recordedGroup()
    const report = structuredClone(
      await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer }),
    )
    const item = report.sections.grade[0] as unknown as { entry: Record<string, unknown> }
    item.entry.commitments = { data: { grade: { deeper: { still: { deeper: 'x' } } } } }
    const checked = verifyReport(report, { publicKey: signer.publicKey })
    expect(checked).toMatchObject({
      success: false,
      issues: expect.arrayContaining([
        expect.objectContaining({
          code: 'malformed_entry',
          path: ['sections', 'grade', 0, 'entry', 'commitments'],
        }),
      ]),
    })
  })
})
