import { expectObject } from '../_internal/arguments'
import type { OrganizationKind } from './organizationKind'
import type { OrganizationId } from './parseOrganizationId'

/**
 * The kind of organization a parsed id names.
 *
 * @example
 * const id = parseOrganizationId('52440300MJL186084F')
 * if (id.success) kindOfOrganizationId(id.data) // 'social_service_organization'
 */
export function kindOfOrganizationId(parsed: OrganizationId): OrganizationKind | 'other' {
  expectObject(parsed, 'parsed')
  if (parsed.scheme === 'filing') return 'community_group'
  return parsed.organizationKind ?? 'other'
}
