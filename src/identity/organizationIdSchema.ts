import * as z from 'zod'
import { parseOrganizationId } from './parseOrganizationId'

/**
 * The zod schema for an entry's `org`: a string that `parseOrganizationId` accepts. Each
 * problem becomes a `custom` zod issue with the same message, its path extended by the
 * character index, and the stable code in `params.code`.
 *
 * @example z.object({ org: organizationIdSchema }).parse({ org: '53100000500021676K' })
 */
export const organizationIdSchema: z.ZodString = z.string().superRefine((value, ctx) => {
  const result = parseOrganizationId(value)
  if (result.success) return
  for (const issue of result.issues) {
    ctx.addIssue({
      code: 'custom',
      message: issue.message,
      path: [...issue.path],
      params: { code: issue.code },
      input: value,
    })
  }
})
