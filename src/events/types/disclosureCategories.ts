// Apart from the payload schema, so that a disclosure policy can name categories without
// loading the entry types' schemas.

/** What an organization discloses (信息公开), after the Charity Law Arts. 71-79 and Order 60. */
export const disclosureCategories = [
  'charter',
  'governance',
  'annual_work_report',
  'financial_report',
  'audit_report',
  'donations',
  'public_fundraising',
  'project',
  'related_party_transaction',
  'major_event',
  'other',
] as const

/** What a disclosure is about. */
export type DisclosureCategory = (typeof disclosureCategories)[number]
