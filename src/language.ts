import { LedgerError } from './errors'

/**
 * The languages people read the library's words in: Simplified Chinese (`zh-CN`) and English
 * (`en`). Reports, explanations, pages, the command line and error messages all take this one
 * type; `zh` is accepted as another name for `zh-CN` wherever a language is read.
 */
export type Language = 'zh-CN' | 'en'

/** Every `Language`, Chinese first. */
export const languages: readonly Language[] = Object.freeze(['zh-CN', 'en'])

/**
 * Reads a language given by a caller: `zh-CN` or `en`, with `zh` taken as `zh-CN`. Anything
 * else throws `INVALID_INPUT` with the issue code `unknown_language` at `path`.
 *
 * @example
 * languageOf('zh') // 'zh-CN'
 */
export function languageOf(
  value: unknown,
  path: readonly (string | number)[] = ['lang'],
): Language {
  if (value === 'zh-CN' || value === 'en') return value
  if (value === 'zh') return 'zh-CN'
  const shown = typeof value === 'string' ? JSON.stringify(value) : typeof value
  const message = `${path.join('.')}: expected 'zh-CN' or 'en' ('zh' is read as 'zh-CN'), got ${shown}`
  throw new LedgerError('INVALID_INPUT', message, [{ code: 'unknown_language', path, message }])
}
