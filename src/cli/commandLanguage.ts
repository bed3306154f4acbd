import { type Language, languageOf } from '../language'

/**
 * The language to speak: `--lang zh|en` (or `--lang=…`) when given, `zh` read as `zh-CN`, else
 * Chinese when the locale (`LC_ALL`, `LC_MESSAGES`, then `LANG`, as the C library reads them)
 * is a Chinese one, else English. Read before the commands are built, since their help is in
 * that language.
 */
export function commandLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : null
    // Only the two values the option lists: any other is commander's to refuse, in the locale's language.
    if (value === 'zh' || value === 'en') return languageOf(value)
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^zh/i.test(locale) ? 'zh-CN' : 'en'
}
