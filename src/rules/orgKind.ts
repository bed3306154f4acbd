/** The kinds of organization a rule can apply to: the three registered forms and filed groups. */
export const orgKinds = [
  'social_group',
  'social_service_organization',
  'foundation',
  'community_group',
] as const

/** A kind of organization, as `CreditFile.identity.kind` holds it. */
export type OrgKind = (typeof orgKinds)[number]
