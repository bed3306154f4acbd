import { type Citation, citationSchema } from '../citation'

/**
 * Where a part of a disclosure policy comes from.
 *
 * @deprecated use `Citation`, the one citation type of a pack
 */
export type PolicySource = Citation

/**
 * Checks a disclosure policy's citation.
 *
 * @deprecated use `citationSchema`
 */
export const policySourceSchema: typeof citationSchema = citationSchema
