import * as z from 'zod'
import type { Language } from '../language'
import { LOCAL_TEXT_MAX } from './localTextLimits'
import type { Frozen, Strict } from './schemaTypes'

/** Checks a phrase in both languages. */
export const localTextSchema: Strict<{ zh: z.ZodString; en: z.ZodString }> = z.strictObject({
  zh: z.string().min(1).max(LOCAL_TEXT_MAX),
  en: z.string().min(1).max(LOCAL_TEXT_MAX),
})

/** A phrase in Chinese (zh-CN) and English, as rules, explanations and titles carry it. */
export type LocalText = Frozen<z.output<typeof localTextSchema>>

/** The phrase in one language: `zh` for `zh-CN`, `en` for `en`. */
export function textIn(text: LocalText, language: Language): string {
  return language === 'en' ? text.en : text.zh
}
