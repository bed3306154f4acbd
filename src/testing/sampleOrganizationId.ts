import { organizationCodeCheckCharacter, usccCheckCharacter } from '../identity'

const KIND_CATEGORY = { social_group: '1', social_service_organization: '2', foundation: '3' }

/** The registered forms `sampleOrganizationId` can make a code for. */
export type SampleKind = keyof typeof KIND_CATEGORY

/**
 * A valid USCC for test organization `index` (0 to 999,999,999), registered with the
 * Shanghai Jinshan district civil affairs bureau; the same index always gives the same code.
 *
 * @example sampleOrganizationId(0) // '51310116MJ00000008' style: check characters computed
 */
export function sampleOrganizationId(index: number, kind: SampleKind = 'social_group'): string {
  // MJ marks inner codes a civil affairs bureau assigns; the rest is the index in base 10.
  const inner = `M${String(index).padStart(7, '0')}`
  const first17 = `5${KIND_CATEGORY[kind]}310116${inner}${organizationCodeCheckCharacter(inner)}`
  return first17 + usccCheckCharacter(first17)
}
