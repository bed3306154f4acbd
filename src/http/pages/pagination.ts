import type { Language } from '../../language'
import { escapeHtml } from './html'
import { type Here, href } from './pageLayout'
import { pageWords } from './pageWords'

/** Which rows a page shows, of how many, and links to the pages before and after it. */
export function pagination(
  lang: Language,
  here: Here,
  page: {
    readonly offset: number
    readonly limit: number
    readonly total: number
    readonly shown: number
  },
): string {
  const words = pageWords[lang].pages
  if (page.total === 0) return ''
  const link = (offset: number, text: string) =>
    `<a href="${escapeHtml(href(here.path, { ...here.params, offset: offset === 0 ? undefined : offset }, lang))}">${escapeHtml(text)}</a>`
  const previous =
    page.offset > 0 ? link(Math.max(0, page.offset - page.limit), words.previous) : ''
  const next =
    page.offset + page.shown < page.total ? link(page.offset + page.limit, words.next) : ''
  const range =
    page.shown === 0 ? '' : words.range(page.offset + 1, page.offset + page.shown, page.total)
  return `<p class="pages">${previous}<span>${escapeHtml(range)}</span>${next}</p>`
}
