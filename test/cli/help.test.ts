import { describe, expect, it } from 'vitest'
import { freshDirectory, run } from './builtBinary'

describe('the executable’s help and usage errors', () => {
  const cwd = freshDirectory()

  it('lists every command in English when the locale is not Chinese', async () => {
    const ran = await run(['--help'], { cwd })
    expect(ran.code).toBe(0)
    for (const command of [
      'init',
      'append',
      'export',
      'verify',
      'file',
      'report',
      'lists',
      'search',
      'stats',
      'due',
      'rules',
      'checkpoint',
      'tiles',
      'monitor',
    ]) {
      expect(ran.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
    }
    expect(ran.stdout).toContain('Usage: integrity-ledger')
  })

  it('speaks Chinese when LANG is a Chinese locale, and --lang overrides LANG', async () => {
    const zh = await run(['init', '--help'], { cwd, env: { LANG: 'zh_CN.UTF-8' } })
    expect(zh.code).toBe(0)
    expect(zh.stdout).toContain('用法： integrity-ledger init [选项]')
    expect(zh.stdout).toContain('新建账本工作区')
    const en = await run(['--lang', 'en', 'init', '--help'], { cwd, env: { LANG: 'zh_CN.UTF-8' } })
    expect(en.stdout).toContain('create a ledger workspace')
    const forced = await run(['--lang=zh', 'rules', 'run', '--help'], { cwd })
    expect(forced.stdout).toContain('运行到这一天')
  })

  it('prints the version of the package', async () => {
    const ran = await run(['--version'], { cwd })
    expect(ran.code).toBe(0)
    expect(ran.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('ends an unknown command or option with exit code 2 and says what was wrong', async () => {
    const command = await run(['frobnicate'], { cwd })
    expect(command.code).toBe(2)
    expect(command.stderr).toContain('usage error:')
    const option = await run(['stats', '--bogus'], { cwd })
    expect(option.code).toBe(2)
    expect(option.stderr).toContain("unknown option '--bogus'")
  })

  it('ends a malformed option value with exit code 2 naming the option', async () => {
    const ran = await run(['file', '51310116MJ4A001370', '--as-of', '2024-02-30'], { cwd })
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain('--as-of: no such day')
    const zh = await run(['--lang', 'zh', 'lists', 'everything'], { cwd })
    expect(zh.code).toBe(2)
    expect(zh.stderr).toContain('用法错误：')
  })

  it('asks for init when there is no workspace, as a usage error', async () => {
    const ran = await run(['search', '协会'], { cwd })
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain('run integrity-ledger init first')
    const json = await run(['--json', 'search', '协会'], { cwd })
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'USAGE' } })
  })
})
