import type { Language } from '../../language'
import { escapeHtml } from './html'
import { type Here, href, pageHtml } from './pageLayout'
import { pageWords } from './pageWords'

/** A page saying what went wrong: a heading, each problem in a sentence, a way back. */
export function errorPage(
  lang: Language,
  here: Here,
  heading: string,
  problems: readonly string[],
): string {
  const words = pageWords[lang]
  const list = problems.map((problem) => `<li class="problem">${escapeHtml(problem)}</li>`)
  return pageHtml(
    lang,
    here,
    heading,
    `<h1>${escapeHtml(heading)}</h1>
<ul>${list.join('')}</ul>
<p><a href="${escapeHtml(href('/', {}, lang))}">${escapeHtml(words.errors.back)}</a></p>`,
  )
}
