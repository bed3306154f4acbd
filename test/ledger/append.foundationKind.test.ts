import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { FOUNDATION, GROUP, newLedger, registration, snapshot } from './fixtures'

const REGISTRAR = '上海市民政局'

const registered = (foundationKind?: string): EntryInput => {
  const base = registration(FOUNDATION)
  const data = { ...(base.data as Record<string, unknown>) }
  if (foundationKind !== undefined) data.foundationKind = foundationKind
  return { ...base, data } as EntryInput
}

const changed = (org: string, change: Record<string, string>): EntryInput => ({
  org,
  type: 'RegistrationChanged',
  effectiveAt: '2023-06-01',
  by: REGISTRAR,
  data: { changes: [{ field: 'foundation_kind', ...change }] },
})

const revoked = (amends: number): EntryInput => ({
  org: FOUNDATION,
  type: 'ChangeRegistrationRevoked',
  effectiveAt: '2023-09-01',
  by: REGISTRAR,
  amends,
  data: {
    ground: 'fraud',
    facts: '提交虚假材料',
    department: REGISTRAR,
    decidedOn: '2023-09-01',
  },
})

describe('ledger.safeAppend with a foundation_kind change registration', () => {
  it('refuses it for an organization that is not a foundation, and writes nothing', async () => {
    const { ledger, store } = newLedger()
    await ledger.append(registration(GROUP))
    const before = await snapshot(store)
    const result = await ledger.safeAppend(changed(GROUP, { after: 'public_foundation' }))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'foundation_kind_not_foundation', path: ['data', 'changes', 0, 'field'] }],
    })
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses a change without before while the record states the kind', async () => {
    const { ledger } = newLedger()
    await ledger.append(registered('non_public_foundation'))
    const result = await ledger.safeAppend(changed(FOUNDATION, { after: 'public_foundation' }))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'foundation_kind_before_required', path: ['data', 'changes', 0, 'before'] }],
    })
  })

  it('refuses it in the batch that registers the organization', async () => {
    const { ledger } = newLedger()
    const result = await ledger.safeAppend([
      registered('non_public_foundation'),
      changed(FOUNDATION, { after: 'public_foundation' }),
    ])
    expect(result).toMatchObject({
      success: false,
      issues: [
        { code: 'foundation_kind_before_required', path: [1, 'data', 'changes', 0, 'before'] },
      ],
    })
  })

  it('takes a change with before, and its revocation restores the kind on record', async () => {
    const { ledger } = newLedger()
    await ledger.append(registered('non_public_foundation'))
    await ledger.append(
      changed(FOUNDATION, { before: 'non_public_foundation', after: 'public_foundation' }),
    )
    expect((await ledger.creditFile(FOUNDATION)).identity.foundationKind).toBe('public_foundation')
    await ledger.append(revoked(1))
    expect((await ledger.creditFile(FOUNDATION)).identity.foundationKind).toBe(
      'non_public_foundation',
    )
  })

  it('takes a first statement of the kind without before when the registration left it out', async () => {
    const { ledger } = newLedger()
    await ledger.append(registered())
    await ledger.append(changed(FOUNDATION, { after: 'public_foundation' }))
    expect((await ledger.creditFile(FOUNDATION)).identity.foundationKind).toBe('public_foundation')
    const next = await ledger.safeAppend(changed(FOUNDATION, { after: 'non_public_foundation' }))
    expect(next).toMatchObject({
      success: false,
      issues: [{ code: 'foundation_kind_before_required' }],
    })
  })
})
