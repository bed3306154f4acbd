import * as z from 'zod'

/** A phrase in Chinese (zh-CN) and English, as rules, explanations and titles carry it. */
export interface LocalText {
  readonly zh: string
  readonly en: string
}

/** The languages an explanation renders in. */
export type Language = keyof LocalText

/** Checks a phrase in both languages. */
export const localTextSchema: z.ZodType<LocalText> = z.strictObject({
  zh: z.string().min(1).max(500),
  en: z.string().min(1).max(500),
})
