import { afterEach, describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { inEnglish } from '../../src/_internal/inEnglish'

const saved = { ...z.config() }
afterEach(() => {
  z.config({ customError: saved.customError, localeError: saved.localeError })
})

const messageOf = (schema: z.ZodMiniType, value: unknown): string | undefined => {
  const parsed = schema.safeParse(value, inEnglish)
  return parsed.success ? undefined : parsed.error.issues[0]?.message
}

describe('inEnglish', () => {
  it("words zod's messages in English when no locale is configured, as with zod's mini build alone", () => {
    z.config({ customError: undefined, localeError: undefined })
    expect(messageOf(z.string(), 1)).toBe('Invalid input: expected string, received number')
    expect(messageOf(z.array(z.string()).check(z.minLength(1)), [])).toBe(
      'Too small: expected array to have >=1 items',
    )
  })

  it('leaves a configured locale and a configured message map first, as classic zod does', () => {
    z.config({ localeError: () => '区域设置' })
    expect(messageOf(z.string(), 1)).toBe('区域设置')
    z.config({ customError: () => ({ message: 'custom' }) })
    expect(messageOf(z.string(), 1)).toBe('custom')
  })

  it("keeps a schema's own message", () => {
    const schema = z.string().check(z.regex(/^a$/, 'an a'))
    expect(messageOf(schema, 'b')).toBe('an a')
  })
})
