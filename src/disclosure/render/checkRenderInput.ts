import * as z from 'zod'
import { checkArgument } from '../../_internal/arguments'
import { fromZodIssues } from '../../_internal/issues'
import { LedgerError } from '../../errors'
import { forbiddenKeyIssues } from '../report/forbiddenKeyIssues'
import { publicReportSchema } from '../report/reportSchema'

const issueSchema = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
})

/** What every renderer takes: the language, and the result of `verifyReport` if there is one. */
export const renderOptionsSchema: z.ZodObject<{
  lang: z.ZodEnum<{ 'zh-CN': 'zh-CN'; en: 'en' }>
  verification: z.ZodOptional<z.ZodUnion<readonly [z.ZodObject, z.ZodObject]>>
}> = z.looseObject({
  lang: z.enum(['zh-CN', 'en']),
  verification: z
    .union([
      z.looseObject({
        success: z.literal(true),
        data: z.looseObject({
          items: z.number(),
          checkpoint: z.looseObject({ origin: z.string(), size: z.number() }),
        }),
      }),
      z.looseObject({ success: z.literal(false), issues: z.array(issueSchema) }),
    ])
    .optional(),
})

/**
 * A renderer is given what it is given: options its schema refuses, anything but a report,
 * or a report holding a key that a verifier refuses, is misuse, and says so with
 * `INVALID_INPUT` rather than a TypeError.
 */
export function checkRenderInput(report: unknown, options: unknown): void {
  checkArgument(renderOptionsSchema, options, 'options')
  const forbidden = forbiddenKeyIssues(report)
  const parsed = forbidden.length > 0 ? undefined : publicReportSchema.safeParse(report)
  const issues =
    parsed === undefined ? forbidden : parsed.success ? [] : fromZodIssues(parsed.error.issues)
  if (issues.length > 0) {
    throw new LedgerError('INVALID_INPUT', 'not a public report', issues)
  }
}
