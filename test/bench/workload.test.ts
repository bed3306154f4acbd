import { describe, expect, it } from 'vitest'
import { organization } from '../../bench/workload/organization'
import { inputsAt, organizations } from '../../bench/workload/workload'
import { parseOrganizationId } from '../../src/identity'

const SEED = 7

describe('organization', () => {
  it('is the same organization whatever N is', () => {
    const fromTen = [...organizations(SEED, 10)][7]
    const fromThousand = [...organizations(SEED, 1000)][7]
    expect(fromTen).toEqual(organization(SEED, 7))
    expect(fromThousand).toEqual(organization(SEED, 7))
  })

  it('gives every organization a valid USCC of the kind it registers as', () => {
    for (const item of organizations(SEED, 300)) {
      const id = parseOrganizationId(item.org)
      expect(id.success).toBe(true)
      const registration = item.entries[0]?.input
      expect(registration?.type).toBe('OrganizationRegistered')
      if (
        id.success &&
        id.data.scheme === 'uscc' &&
        registration?.type === 'OrganizationRegistered'
      ) {
        expect(id.data.organizationKind).toBe(registration.data.kind)
      }
    }
  })

  it('keeps effective dates in order within an organization', () => {
    for (const item of organizations(SEED, 300)) {
      const days = item.entries.map((entry) => entry.input.effectiveAt)
      expect(days).toEqual([...days].sort())
    }
  })

  it('averages about 24 entries per organization, as WORKLOAD.md says', () => {
    let entries = 0
    for (const item of organizations(SEED, 2000)) entries += item.entries.length
    expect(entries / 2000).toBeGreaterThan(22)
    expect(entries / 2000).toBeLessThan(26)
  })
})

describe('inputsAt', () => {
  it('points each removal from the abnormal list at the seq its listing gets', () => {
    const group = [...organizations(SEED, 3000)].filter((item) =>
      item.entries.some((entry) => entry.amendsIndex !== undefined),
    )
    expect(group.length).toBeGreaterThan(0)
    const inputs = inputsAt(group, 100)
    inputs.forEach((input) => {
      if (input.type === 'RemovedFromAbnormalList') {
        const target = inputs[(input.amends ?? 0) - 100]
        expect(target?.type).toBe('ListedOnAbnormalList')
        expect(target?.org).toBe(input.org)
      }
    })
  })
})
