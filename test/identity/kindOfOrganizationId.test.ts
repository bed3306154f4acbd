import { describe, expect, it } from 'vitest'
import { kindOfOrganizationId } from '../../src/identity/kindOfOrganizationId'
import { parseOrganizationId } from '../../src/identity/parseOrganizationId'
import { completeUscc } from './arbitraries'

function kindOf(id: string) {
  const result = parseOrganizationId(id)
  if (!result.success) throw new Error(`expected ${id} to parse`)
  return kindOfOrganizationId(result.data)
}

describe('kindOfOrganizationId', () => {
  it('names the three registered social-organization forms', () => {
    expect(kindOf('51100000500009247D')).toBe('social_group')
    expect(kindOf('52440300MJL186084F')).toBe('social_service_organization')
    expect(kindOf('53100000500021676K')).toBe('foundation')
  })

  it('calls a filed group a community group', () => {
    expect(kindOf('F-310116-2021-0042')).toBe('community_group')
  })

  it('calls other civil-affairs organizations and non-social-organization codes other', () => {
    expect(kindOf(completeUscc('59440300MJL18608'))).toBe('other')
    expect(kindOf('91310110666007217T')).toBe('other')
    expect(kindOf(completeUscc('12100000MJL18608'))).toBe('other')
  })
})
