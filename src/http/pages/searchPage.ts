import type { Language } from '../../language'
import type { RegisterPage } from '../../register'
import type { OrganizationSummary } from '../publicRows'
import { bdi, escapeHtml } from './html'
import { type Here, href, pageHtml } from './pageLayout'
import { pageWords } from './pageWords'
import { pagination } from './pagination'

/** The search page: the form, and the organizations found when something was asked. */
export function searchPage(
  lang: Language,
  search:
    | {
        readonly text: string
        readonly offset: number
        readonly limit: number
        readonly found: RegisterPage<OrganizationSummary>
      }
    | undefined,
): string {
  const words = pageWords[lang]
  const offset = search === undefined || search.offset === 0 ? undefined : search.offset
  const here: Here = { path: '/', params: { q: search?.text, offset } }
  const form = `<form class="query" method="get" action="/" role="search"><label>${escapeHtml(words.search.label)}<input type="search" name="q" value="${escapeHtml(search?.text ?? '')}" maxlength="100" required></label>${
    lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''
  }<button>${escapeHtml(words.search.button)}</button></form>`
  const results =
    search === undefined
      ? ''
      : `<h2>${escapeHtml(words.search.results(search.found.total, search.text))}</h2>${
          search.found.items.length === 0
            ? `<p class="empty">${escapeHtml(words.search.none)}</p>`
            : `<ol class="rows">${search.found.items.map((item) => row(lang, item)).join('\n')}</ol>`
        }${pagination(lang, here, { ...search, total: search.found.total, shown: search.found.items.length })}`
  return pageHtml(
    lang,
    here,
    words.search.heading,
    `<h1>${escapeHtml(words.search.heading)}</h1>
<p>${escapeHtml(words.search.intro)}</p>
${form}
${results}`,
  )
}

function row(lang: Language, item: OrganizationSummary): string {
  const words = pageWords[lang]
  const link = href(`/organizations/${encodeURIComponent(item.org)}`, {}, lang)
  const facts: [string, string][] = [
    [words.fields.org, item.org],
    [words.fields.status, words.statuses[item.status]],
    [words.fields.kind, words.kinds[item.kind] ?? item.kind],
    [words.fields.registrar, item.registrar],
    ...(item.formerNames.length === 0
      ? []
      : [
          [words.fields.formerNames, item.formerNames.join(lang === 'en' ? ', ' : '、')] as [
            string,
            string,
          ],
        ]),
  ]
  return `<li><a href="${escapeHtml(link)}">${bdi(item.name)}</a><dl>${facts
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${bdi(value)}</dd>`)
    .join('')}</dl></li>`
}
