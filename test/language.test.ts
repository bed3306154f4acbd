import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLedgerError, languageOf, languages } from '../src'

describe('languageOf', () => {
  it('reads zh-CN and en as they are, and zh as zh-CN', () => {
    expect(languageOf('zh-CN')).toBe('zh-CN')
    expect(languageOf('en')).toBe('en')
    expect(languageOf('zh')).toBe('zh-CN')
    expect(languages).toEqual(['zh-CN', 'en'])
  })

  it('refuses any other value with unknown_language at the path it is given', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((value) => value !== 'zh' && value !== 'zh-CN' && value !== 'en'),
        (value) => {
          try {
            languageOf(value, ['options', 'lang'])
            return false
          } catch (error) {
            if (!isLedgerError(error)) return false
            expect(error.code).toBe('INVALID_INPUT')
            expect(error.issues[0]).toMatchObject({
              code: 'unknown_language',
              path: ['options', 'lang'],
            })
            return true
          }
        },
      ),
    )
  })
})
