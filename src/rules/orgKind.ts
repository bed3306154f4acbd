import { type OrganizationKind, organizationKinds } from '../identity'

/**
 * The kinds of organization a rule can apply to: the three registered forms and filed groups.
 *
 * @deprecated use `organizationKinds`, the one list every part of the library names kinds by
 */
export const orgKinds: typeof organizationKinds = organizationKinds

/**
 * A kind of organization, as `CreditFile.identity.kind` holds it.
 *
 * @deprecated use `OrganizationKind`
 */
export type OrgKind = OrganizationKind
