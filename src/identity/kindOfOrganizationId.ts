import { expectObject } from '../_internal/arguments'
import type { OrganizationId } from './parseOrganizationId'

/**
 * What sort of organization an id names: the three registered social-organization forms,
 * a filed community group, or `other` (other civil-affairs organizations and every
 * non-civil-affairs USCC, such as an enterprise).
 */
export type OrganizationKind =
  | 'social_group'
  | 'social_service_organization'
  | 'foundation'
  | 'community_group'
  | 'other'

/**
 * The kind of organization a parsed id names.
 *
 * @example
 * const id = parseOrganizationId('52440300MJL186084F')
 * if (id.success) kindOfOrganizationId(id.data) // 'social_service_organization'
 */
export function kindOfOrganizationId(parsed: OrganizationId): OrganizationKind {
  expectObject(parsed, 'parsed')
  if (parsed.scheme === 'filing') return 'community_group'
  return parsed.organizationKind ?? 'other'
}
