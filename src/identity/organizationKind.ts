/** The forms a registered social organization takes (社会团体, 社会服务机构, 基金会). */
export const registeredKinds = [
  'social_group',
  'social_service_organization',
  'foundation',
] as const

/** The form of a registered social organization. */
export type RegisteredKind = (typeof registeredKinds)[number]

/**
 * Every kind of organization a credit file is kept for: the three registered forms and the
 * filed community group (社区社会组织). The one list the rules, the disclosure duties and the
 * register name kinds by.
 */
export const organizationKinds: readonly [...typeof registeredKinds, 'community_group'] = [
  ...registeredKinds,
  'community_group',
]

/** A kind of organization a credit file is kept for, as `CreditFile.identity.kind` holds it. */
export type OrganizationKind = (typeof organizationKinds)[number]
