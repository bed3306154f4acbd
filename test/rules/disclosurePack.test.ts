import { describe, expect, it } from 'vitest'
import { cnPolicy, nationalDisclosurePolicy } from '../../src/policies'
import { definePolicy, disclosurePolicyHash, safeDisclosurePolicy } from '../../src/rules'

describe('a rules pack carries its disclosure policy', () => {
  it('gives the national pack the national disclosure policy, inside its one hash', () => {
    expect(cnPolicy.disclosure).toEqual(nationalDisclosurePolicy)
    const { disclosure: _dropped, hash: _hash, ...document } = cnPolicy
    expect(definePolicy(document).hash).not.toBe(cnPolicy.hash)
    expect(definePolicy({ ...document, disclosure: nationalDisclosurePolicy }).hash).toBe(
      cnPolicy.hash,
    )
  })

  it('stands for its disclosure part wherever a disclosure policy is read', () => {
    const read = safeDisclosurePolicy(cnPolicy)
    expect(read.success).toBe(true)
    if (read.success) {
      expect(disclosurePolicyHash(read.data)).toBe(disclosurePolicyHash(nationalDisclosurePolicy))
    }
  })

  it('names no_disclosure_policy for a pack that has none, and checks the part it has', () => {
    const { disclosure: _dropped, hash: _hash, ...document } = cnPolicy
    const bare = definePolicy(document)
    expect(safeDisclosurePolicy(bare, ['options', 'policy'])).toMatchObject({
      success: false,
      issues: [{ code: 'no_disclosure_policy', path: ['options', 'policy', 'disclosure'] }],
    })
    const broken = { ...document, disclosure: { ...nationalDisclosurePolicy, windows: 'none' } }
    expect(safeDisclosurePolicy(broken)).toMatchObject({
      success: false,
      issues: [{ path: ['policy', 'disclosure', 'windows'] }],
    })
  })
})
