import * as z from 'zod'
import { checkArgument } from '../../_internal/arguments'
import { fromZodIssues } from '../../_internal/issues'
import { LedgerError } from '../../errors'
import { type Language, languageOf } from '../../language'
import { forbiddenKeyIssues } from '../report/forbiddenKeyIssues'
import { publicReportSchema } from '../report/reportSchema'

const issueSchema = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
})

/**
 * What every renderer takes: the language, and the result of `verifyReport` if there is one.
 * `lang` is left to `languageOf`, so every renderer reads and refuses a language alike.
 */
export const renderOptionsSchema: z.ZodObject<{
  lang: z.ZodUnknown
  verification: z.ZodOptional<z.ZodUnion<readonly [z.ZodObject, z.ZodObject]>>
}> = z.looseObject({
  lang: z.unknown(),
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
 * A renderer is given what it is given: options its schema refuses, a `lang` that is not a
 * language (`unknown_language` at `['options', 'lang']`), anything but a report, or a report
 * holding a key that a verifier refuses, is misuse, and says so with `INVALID_INPUT` rather
 * than a TypeError. Returns the language to render in, `zh` read as `zh-CN`.
 */
export function checkRenderInput(report: unknown, options: unknown): Language {
  checkArgument(renderOptionsSchema, options, 'options')
  const lang = languageOf((options as { readonly lang?: unknown }).lang, ['options', 'lang'])
  const forbidden = forbiddenKeyIssues(report)
  const parsed = forbidden.length > 0 ? undefined : publicReportSchema.safeParse(report)
  const issues =
    parsed === undefined ? forbidden : parsed.success ? [] : fromZodIssues(parsed.error.issues)
  if (issues.length > 0) {
    throw new LedgerError('INVALID_INPUT', 'not a public report', issues)
  }
  return lang
}
