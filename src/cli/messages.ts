import type { Language } from '../language'
import { cliWordsEn } from './messagesEn'
import { cliWordsZh } from './messagesZh'

/** The words of the command line in one language. */
export type CliMessages = typeof cliWordsZh

/** The command line's words in `language`. */
export function messagesIn(language: Language): CliMessages {
  return language === 'zh-CN' ? cliWordsZh : cliWordsEn
}
