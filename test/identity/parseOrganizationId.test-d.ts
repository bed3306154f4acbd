import { describe, expectTypeOf, it } from 'vitest'
import { kindOfOrganizationId } from '../../src/identity/kindOfOrganizationId'
import type { OrganizationKind } from '../../src/identity/organizationKind'
import { parseOrganizationId } from '../../src/identity/parseOrganizationId'
import type { SocialOrganizationKind } from '../../src/identity/validateUscc'

describe('parseOrganizationId', () => {
  it('narrows by scheme, and a USCC by isSocialOrganization', () => {
    const result = parseOrganizationId('53100000500021676K')
    if (!result.success) return
    const id = result.data
    if (id.scheme === 'filing') {
      expectTypeOf(id.localNumber).toEqualTypeOf<string>()
      // @ts-expect-error a filing id has no department
      id.department
    } else if (id.isSocialOrganization) {
      expectTypeOf(id.organizationKind).toEqualTypeOf<SocialOrganizationKind>()
    } else {
      expectTypeOf(id.organizationKind).toEqualTypeOf<null>()
    }
    expectTypeOf(kindOfOrganizationId(id)).toEqualTypeOf<OrganizationKind | 'other'>()
  })
})
