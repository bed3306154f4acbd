// Apart from the payload schema, so that a disclosure policy can name kinds without loading
// the entry types' schemas.

/** The forms a registered social organization takes (社会团体, 社会服务机构, 基金会). */
export const registeredKinds = [
  'social_group',
  'social_service_organization',
  'foundation',
] as const

/** The form of a registered social organization. */
export type RegisteredKind = (typeof registeredKinds)[number]
