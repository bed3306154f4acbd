import { en } from 'zod/locales'
import * as z from 'zod/mini'

const english = en().localeError

type Message = ReturnType<z.core.$ZodErrorMap>
const text = (message: Message): string | undefined =>
  typeof message === 'string' ? message : message?.message

/**
 * Parse options that word zod's own messages as classic zod does: by the message map or locale
 * configured with `z.config`, else in English. Classic zod installs English when it loads; a
 * page that loads only zod's mini build would otherwise read "Invalid input" everywhere.
 */
export const inEnglish: z.core.ParseContext<z.core.$ZodIssue> = {
  error: (issue) => {
    const { customError, localeError } = z.config()
    return text(customError?.(issue)) ?? text(localeError?.(issue)) ?? text(english(issue))
  },
}
