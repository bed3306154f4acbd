import type { CliLanguage } from './language'
import { cliWordsEn } from './messagesEn'
import { cliWordsZh } from './messagesZh'

/** The words of the command line in one language. */
export type CliMessages = typeof cliWordsZh

/** The command line's words in `language`. */
export function messagesIn(language: CliLanguage): CliMessages {
  return language === 'zh' ? cliWordsZh : cliWordsEn
}
