export type { AdministrativeRegion } from './administrativeRegion'
export { type FilingId, filingId, validateFilingId } from './filingId'
export { kindOfOrganizationId } from './kindOfOrganizationId'
export { normalizeUscc } from './normalizeUscc'
export { organizationCodeCheckCharacter } from './organizationCodeCheckCharacter'
export { organizationIdSchema } from './organizationIdSchema'
export {
  type OrganizationKind,
  organizationKinds,
  type RegisteredKind,
  registeredKinds,
} from './organizationKind'
export { type OrganizationId, parseOrganizationId } from './parseOrganizationId'
export type { UsccCategory } from './usccCategory'
export { USCC_CHARSET, usccCheckCharacter } from './usccCheckCharacter'
export type { UsccDepartment } from './usccDepartment'
export { type SocialOrganizationKind, type Uscc, validateUscc } from './validateUscc'
