import { describe, expect, it } from 'vitest'
import { commandLanguage } from '../../src/cli/commandLanguage'

describe('commandLanguage', () => {
  it('reads --lang zh as zh-CN and --lang en as en, before the locale', () => {
    expect(commandLanguage(['--lang', 'zh', 'search', '协会'], { LANG: 'en_US.UTF-8' })).toBe(
      'zh-CN',
    )
    expect(commandLanguage(['--lang=zh'], {})).toBe('zh-CN')
    expect(commandLanguage(['--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toBe('en')
  })

  it('falls back to the locale, Chinese for any zh one, for no --lang or one the option does not list', () => {
    expect(commandLanguage([], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN')
    expect(commandLanguage(['--lang', 'fr'], { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN')
    expect(commandLanguage([], {})).toBe('en')
  })
})
