import * as z from 'zod'
import { codeOfZodIssue } from '../_internal/issues'
import { type Issue, LedgerError, type PlainIssueCode } from '../errors'
import { fieldMappingSchema } from './fieldMapping'
import { kindMappingSchema } from './kindMapping'

/** The `format` of the mapping files this version reads. */
export const IMPORT_MAPPING_FORMAT = 'integrity-ledger/import-mapping/v1'

/**
 * How the rows of another system's sheet become entries: the column of the organization id,
 * the column choosing each row's kind (or one kind for the whole sheet), and for each kind the
 * entry type and where each field comes from. Written as JSON and checked by this schema.
 */
export const importMappingSchema: z.ZodObject<
  {
    format: z.ZodLiteral<typeof IMPORT_MAPPING_FORMAT>
    description: z.ZodOptional<z.ZodString>
    source: z.ZodOptional<z.ZodString>
    org: typeof fieldMappingSchema
    recordedAt: z.ZodOptional<typeof fieldMappingSchema>
    kindColumn: z.ZodOptional<z.ZodString>
    kinds: z.ZodArray<typeof kindMappingSchema>
  },
  z.core.$strict
> = z
  .strictObject({
    format: z.literal(IMPORT_MAPPING_FORMAT),
    description: z.string().max(4000).optional(),
    /** The other system's name, kept in the idempotency keys and in migrated entries. */
    source: z.string().min(1).max(200).optional(),
    org: fieldMappingSchema,
    /** The day the other system recorded each row: what a migration carries over. */
    recordedAt: fieldMappingSchema.optional(),
    kindColumn: z.string().min(1).max(200).optional(),
    kinds: z.array(kindMappingSchema).min(1).max(200),
  })
  .superRefine((mapping, context) => {
    const issue = (code: PlainIssueCode, path: (string | number)[], message: string) =>
      context.addIssue({ code: 'custom', params: { code }, path, message })
    if (mapping.kindColumn === undefined) {
      if (mapping.kinds.length > 1) {
        issue(
          'kind_column_needed',
          ['kindColumn'],
          'name the column that tells the kinds of row apart',
        )
      }
      mapping.kinds.forEach((kind, index) => {
        if (kind.when !== undefined) {
          issue('when_without_kind_column', ['kinds', index, 'when'], '"when" needs a kindColumn')
        }
      })
      return
    }
    const seen = new Map<string, number>()
    mapping.kinds.forEach((kind, index) => {
      if (kind.when === undefined) {
        issue(
          'when_needed',
          ['kinds', index, 'when'],
          `say which ${mapping.kindColumn} values this kind takes`,
        )
        return
      }
      for (const value of typeof kind.when === 'string' ? [kind.when] : kind.when) {
        const other = seen.get(value.trim())
        if (other !== undefined) {
          issue(
            'duplicate_when',
            ['kinds', index, 'when'],
            `"${value}" is already taken by kinds.${other}`,
          )
        }
        seen.set(value.trim(), index)
      }
    })
  })

/** A checked import mapping. */
export type ImportMapping = z.infer<typeof importMappingSchema>

/**
 * Checks a mapping read from JSON; throws `INVALID_INPUT` with one issue per bad field, each
 * with its path in the mapping (`kinds.0.data.result.map`).
 *
 * @example
 * const mapping = parseImportMapping(JSON.parse(readFileSync('registry-mapping.json', 'utf8')))
 */
export function parseImportMapping(raw: unknown): ImportMapping {
  const parsed = importMappingSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues.map(toIssue)
  const detail = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ')
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''
  throw new LedgerError(
    'INVALID_INPUT',
    `the import mapping is not valid: ${detail}${more}`,
    issues,
  )
}

// The refinements' own codes (`unknown_field`, `duplicate_when`…) instead of zod's `custom`.
function toIssue(issue: z.core.$ZodIssue): Issue {
  return {
    code: codeOfZodIssue(issue),
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message,
  }
}
