import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  disclosurePolicy,
  disclosurePolicyHash,
  nationalDisclosurePolicy,
  type PublicReport,
  publicReport,
  reportStatementText,
  verifyReport,
} from '../../../src/disclosure'
import { parseCheckpoint, signNote } from '../../../src/proof'
import { GROUP, recordedGroup, signer } from '../fixtures'

const ITEM = 'basic item 0 (entry 0, OrganizationRegistered)'
const PEOPLE_PATH = ['sections', 'basic', 0, 'people']

type Tamper =
  | { kind: 'value'; shown: number; text: string }
  | { kind: 'salt'; shown: number; at: number }
  | { kind: 'digest'; person: number; field: 'role' | 'name' | 'idNumber'; at: number }
  | { kind: 'index'; shown: number; to: number }

const tamper: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({
    kind: fc.constant('value' as const),
    shown: fc.nat(1),
    text: fc.string({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('salt' as const), shown: fc.nat(1), at: fc.nat(63) }),
  fc.record({
    kind: fc.constant('digest' as const),
    person: fc.nat(1),
    field: fc.constantFrom('role' as const, 'name' as const, 'idNumber' as const),
    at: fc.nat(63),
  }),
  fc.record({ kind: fc.constant('index' as const), shown: fc.nat(1), to: fc.nat(4) }),
)

function flipHex(text: string, at: number): string {
  const digit = text[at] === '0' ? '1' : '0'
  return text.slice(0, at) + digit + text.slice(at + 1)
}

// The copy and the person field the change should be named by, if any.
function applied(report: PublicReport, change: Tamper): { copy: PublicReport; named?: string } {
  const copy = structuredClone(report) as unknown as {
    sections: { basic: { people: { commitments: Record<string, string>[]; shown: Shown[] } }[] }
  }
  type Shown = { index: number; field: string; value: string; salt: string }
  const people = copy.sections.basic[0]?.people
  if (people === undefined) throw new Error('the registration shows its legal representative')
  if (change.kind === 'digest') {
    const person = people.commitments[change.person] as Record<string, string>
    person[change.field] = flipHex(person[change.field] as string, change.at)
    return { copy: copy as unknown as PublicReport }
  }
  const shown = people.shown[change.shown] as Shown
  if (change.kind === 'value') shown.value = shown.value + change.text
  if (change.kind === 'salt') shown.salt = flipHex(shown.salt, change.at)
  if (change.kind === 'index') shown.index = shown.index === change.to ? change.to + 1 : change.to
  return {
    copy: copy as unknown as PublicReport,
    named: `people.${shown.index}.${shown.field}`,
  }
}

function resigned(report: PublicReport, policy = nationalDisclosurePolicy): PublicReport {
  const { statement: _, ...body } = report
  const cited = {
    ...body,
    policy: { id: policy.id, version: policy.version, hash: disclosurePolicyHash(policy) },
  }
  const parsed = parseCheckpoint(report.checkpoint)
  const size = parsed.success ? parsed.data.size : 0
  return { ...cited, statement: signNote(reportStatementText(cited, size), [signer]) }
}

describe('verifyReport and the people a report shows', () => {
  let report: PublicReport
  beforeAll(async () => {
    const { ledger } = await recordedGroup()
    report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
  })

  it('catches any changed shown value, field salt, tree digest or index, naming the item and the field', () => {
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
    fc.assert(
      fc.property(tamper, (change) => {
        const { copy, named } = applied(report, change)
        // Re-signed, so that only the people checks stand between the change and a pass.
        const checked = verifyReport(resigned(copy), { publicKey: signer.publicKey })
        expect(checked.success).toBe(false)
        if (checked.success) return
        const ours = checked.issues.filter((issue) =>
          PEOPLE_PATH.every((key, i) => issue.path[i] === key),
        )
        expect(ours.length, JSON.stringify(checked.issues)).toBeGreaterThan(0)
        for (const issue of ours) expect(issue.message.startsWith(`${ITEM}: `)).toBe(true)
        if (named !== undefined) {
          expect(ours.map((issue) => issue.message).join(' | ')).toContain(named)
        }
      }),
    )
  })

  it('says which check failed: the field against its digest, the tree against personalHash', () => {
    const value = applied(report, { kind: 'value', shown: 1, text: '改' }).copy
    expect(verifyReport(value, { publicKey: signer.publicKey })).toMatchObject({
      success: false,
      issues: [
        {
          code: 'field_changed',
          path: [...PEOPLE_PATH, 'shown', 1, 'value'],
          message: `${ITEM}: people.0.name does not match its commitment: the value or its salt was changed`,
        },
        { code: 'statement_mismatch' },
      ],
    })
    const digest = applied(report, { kind: 'digest', person: 1, field: 'idNumber', at: 5 }).copy
    const checked = verifyReport(resigned(digest), { publicKey: signer.publicKey })
    expect(checked).toMatchObject({
      success: false,
      issues: [{ code: 'people_changed', path: [...PEOPLE_PATH, 'commitments'] }],
    })
  })

  it('refuses people on an entry that commits to none, and a tree that is not one of hex digests', () => {
    const copy = structuredClone(report) as unknown as {
      sections: Record<string, { entry: Record<string, unknown>; people?: unknown }[]>
    }
    const penalty = copy.sections.penalties?.[0]
    const people = copy.sections.basic?.[0]?.people
    if (penalty === undefined) throw new Error('the report shows a penalty')
    penalty.people = people
    const broken = structuredClone(report) as unknown as typeof copy
    const tree = (broken.sections.basic?.[0]?.people as { commitments: unknown[] } | undefined)
      ?.commitments
    if (tree === undefined) throw new Error('the registration shows its legal representative')
    tree[0] = { role: 'not hex', name: 'not hex' }
    const codes = (value: unknown) => {
      const checked = verifyReport(resigned(value as PublicReport), { publicKey: signer.publicKey })
      return checked.success ? [] : checked.issues.map((issue) => issue.code)
    }
    expect(codes(copy)).toContain('not_committed')
    expect(codes(broken)).toContain('malformed_entry')
  })

  it('with the policy, refuses a person field the policy keeps from the public, and a name shown without its role', async () => {
    const { ledger } = await recordedGroup()
    const wider = disclosurePolicy({
      ...nationalDisclosurePolicy,
      id: 'council-public',
      people: [{ roles: ['legal_representative', 'council_member'], fields: ['role', 'name'] }],
    })
    const council = await publicReport(ledger, GROUP, {
      asOf: '2021-12-31',
      signer,
      policy: wider,
    })
    expect(verifyReport(council, { publicKey: signer.publicKey, policy: wider }).success).toBe(true)
    const claimed = verifyReport(resigned(council), {
      publicKey: signer.publicKey,
      policy: nationalDisclosurePolicy,
    })
    expect(claimed.success).toBe(false)
    if (!claimed.success) {
      expect(claimed.issues.map((issue) => issue.code)).toEqual(['not_public', 'not_public'])
      expect(claimed.issues[0]).toMatchObject({ path: [...PEOPLE_PATH, 'shown', 2] })
      expect(claimed.issues[0]?.message).toContain(
        `${ITEM}: cn-national-disclosure keeps the role of a council_member (people.1)`,
      )
    }

    const roleless = structuredClone(report) as unknown as {
      sections: { basic: { people: { shown: unknown[] } }[] }
    }
    roleless.sections.basic[0]?.people.shown.splice(0, 1)
    const checked = verifyReport(resigned(roleless as unknown as PublicReport), {
      publicKey: signer.publicKey,
      policy: nationalDisclosurePolicy,
    })
    expect(checked).toMatchObject({
      success: false,
      issues: [{ code: 'not_public', path: [...PEOPLE_PATH, 'shown', 0] }],
    })
    if (!checked.success) expect(checked.issues[0]?.message).toContain('whose role is not shown')
  })
})
