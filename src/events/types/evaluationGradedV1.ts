import type { Upcaster } from '../builtInEntryType'

/**
 * Lifts an EvaluationGraded payload from schema 1 to 2. Version 1 wrote the grade in the
 * letter form of Order 39 Art. 26 (`AAAAA`) and kept only the last valid day, which cannot say
 * when a grade under the 2026 rules (EV-25) starts to count. Version 2 writes `5A` and keeps
 * both ends; a version-1 grade counted from its announcement, so that is its `validFrom`.
 * Anything that is not a version-1 payload passes through for the schema to reject.
 */
export const evaluationGradedV1ToV2: Upcaster = (data) => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data
  const { grade, validUntil, ...rest } = data as Record<string, unknown>
  const letters = typeof grade === 'string' && /^A{1,5}$/.test(grade) ? grade.length : undefined
  return {
    ...rest,
    grade: letters === undefined ? grade : `${letters}A`,
    validFrom: rest.announcedOn,
    validTo: validUntil,
  }
}
