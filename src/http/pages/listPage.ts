import { reportLabels } from '../../disclosure'
import type { Language } from '../../language'
import type { RegisterList, RegisterPage } from '../../register'
import type { ListedSummary } from '../publicRows'
import { bdi, escapeHtml } from './html'
import { type Here, href, pageHtml } from './pageLayout'
import { pageWords } from './pageWords'
import { pagination } from './pagination'

/** A list as it stood on a day, with the filters it was read with and the page shown. */
export interface ListView {
  readonly list: RegisterList
  readonly on: string
  readonly today: string
  readonly registrar: string | undefined
  readonly division: string | undefined
  readonly offset: number
  readonly limit: number
  readonly rows: RegisterPage<ListedSummary>
}

/** A published list's page: the filter form, then each organization on it that day. */
export function listPage(lang: Language, view: ListView): string {
  const words = pageWords[lang]
  const title = words.lists[view.list]
  const path = `/lists/${view.list}`
  const here: Here = {
    path,
    params: {
      on: view.on === view.today ? undefined : view.on,
      registrar: view.registrar,
      division: view.division,
      offset: view.offset === 0 ? undefined : view.offset,
    },
  }
  const field = (label: string, input: string) => `<label>${escapeHtml(label)}${input}</label>`
  const form = `<form class="query" method="get" action="${path}">${field(
    words.list.onDay,
    `<input type="date" name="on" value="${escapeHtml(view.on)}" max="${escapeHtml(view.today)}">`,
  )}${field(
    words.list.registrar,
    `<input type="text" name="registrar" value="${escapeHtml(view.registrar ?? '')}" maxlength="200">`,
  )}${field(
    words.list.division,
    `<input type="text" name="division" value="${escapeHtml(view.division ?? '')}" inputmode="numeric" pattern="\\d{2}(\\d{2}){0,2}" maxlength="6">`,
  )}${lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}<button>${escapeHtml(words.list.button)}</button></form>`
  const rows =
    view.rows.items.length === 0
      ? `<p class="empty">${escapeHtml(words.list.none)}</p>`
      : `<ol class="rows">${view.rows.items.map((row) => listRow(lang, row, here.params.on)).join('\n')}</ol>`
  return pageHtml(
    lang,
    here,
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(words.list.intro(view.list))}</p>
${form}
<h2>${escapeHtml(words.list.count(view.rows.total, reportLabels(lang).date(view.on)))}</h2>
${rows}
${pagination(lang, here, { ...view, total: view.rows.total, shown: view.rows.items.length })}`,
  )
}

/** A listing reason in words: the report's Chinese words, or the code spelled out. */
export function reasonInWords(reason: string, lang: Language): string {
  return reportLabels(lang).values[reason] ?? reason.replaceAll('_', ' ')
}

// Each organization links to its report on the day the list is read on.
function listRow(lang: Language, row: ListedSummary, on: string | number | undefined): string {
  const words = pageWords[lang]
  const link = href(`/organizations/${encodeURIComponent(row.org)}`, { on }, lang)
  const facts: [string, string][] = [
    [words.fields.org, row.org],
    [words.fields.listedOn, reportLabels(lang).date(row.listedOn)],
    [words.fields.reason, reasonInWords(row.reason, lang)],
    [words.fields.registrar, row.registrar],
  ]
  return `<li><a href="${escapeHtml(link)}">${bdi(row.name)}</a><dl>${facts
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${bdi(value)}</dd>`)
    .join('')}</dl></li>`
}
