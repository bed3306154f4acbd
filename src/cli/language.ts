/** The languages the command line speaks: Chinese or English. */
export type CliLanguage = 'zh' | 'en'

/**
 * The language to speak: `--lang zh|en` (or `--lang=…`) when given, else Chinese when the
 * locale (`LC_ALL`, `LC_MESSAGES`, then `LANG`, as the C library reads them) is a Chinese one,
 * else English. Read before the commands are built, since their help is in that language.
 */
export function languageOf(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliLanguage {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : null
    if (value === 'zh' || value === 'en') return value
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^zh/i.test(locale) ? 'zh' : 'en'
}
