import type { Language } from '../../language'
import { escapeHtml } from './html'
import { pageWords } from './pageWords'

/** The site's header: its name, the pages, and the language switch. */
export const HEADER_STYLE = `header.site{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:baseline;border-bottom:1px solid #ccc;padding:.6rem 0;margin-bottom:1rem;font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif}
header.site .home{font-weight:bold;color:inherit;text-decoration:none}header.site nav{display:flex;flex-wrap:wrap;gap:.2rem .9rem;flex:1}
header.site .lang a[aria-current]{font-weight:bold;color:inherit;text-decoration:none}
@media (max-width:40rem){header.site nav{flex-basis:100%;order:3}}`

const PAGE_STYLE = `${HEADER_STYLE}
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:0 auto;padding:0 1rem 2rem;color:#1a1a1a;line-height:1.6}
h1{font-size:1.4rem}form.query{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:1rem 0}
form.query label{display:flex;flex-direction:column;font-size:.9rem;color:#555}
input{font:inherit;padding:.35rem .5rem;border:1px solid #999;border-radius:.3rem;max-width:100%;box-sizing:border-box}
button{font:inherit;padding:.35rem 1rem;border:1px solid #1a5fb4;background:#1a5fb4;color:#fff;border-radius:.3rem}
ol.rows{list-style:none;padding:0}ol.rows>li{border:1px solid #ddd;border-radius:.4rem;padding:.5rem .75rem;margin:.5rem 0}
ol.rows dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0 0}ol.rows dt{color:#555}ol.rows dd{margin:0;word-break:break-all}
.pages{display:flex;flex-wrap:wrap;gap:1rem;align-items:baseline}.empty{color:#777}.problem{color:#c62828}
code,.key{font-family:ui-monospace,monospace;word-break:break-all}.key{display:block;padding:.5rem;background:#f4f4f4;border-radius:.3rem}`

/** Where a page is: its path and parameters (without `lang`), to link to itself in either language. */
export interface Here {
  readonly path: string
  readonly params: Readonly<Record<string, string | number | undefined>>
}

/** Where a request's page is; a path starting `//` would link off the site, so it is not kept. */
export function hereOf(url: URL): Here {
  const params = Object.fromEntries([...url.searchParams].filter(([name]) => name !== 'lang'))
  return { path: url.pathname.startsWith('//') ? '/' : url.pathname, params }
}

/** A link within the site that keeps the reader's language: `lang=en` is carried along. */
export function href(
  path: string,
  params: Readonly<Record<string, string | number | undefined>>,
  lang: Language,
): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value))
  }
  if (lang === 'en') search.set('lang', 'en')
  const query = search.toString()
  return query === '' ? path : `${path}?${query}`
}

/** The header every page starts with; the report page gets it too. */
export function siteHeader(lang: Language, here: Here): string {
  const words = pageWords[lang]
  const link = (path: string, text: string) =>
    `<a href="${escapeHtml(href(path, {}, lang))}">${escapeHtml(text)}</a>`
  const switchTo = (to: Language, text: string) =>
    to === lang
      ? `<a href="${escapeHtml(href(here.path, here.params, to))}" aria-current="true" lang="${to}">${text}</a>`
      : `<a href="${escapeHtml(href(here.path, here.params, to))}" hreflang="${to}" lang="${to}">${text}</a>`
  return `<header class="site"><a class="home" href="${escapeHtml(href('/', {}, lang))}">${escapeHtml(words.site)}</a>
<nav>${link('/', words.nav.search)} ${link('/lists/abnormal', words.lists.abnormal)} ${link('/lists/serious', words.lists.serious)} ${link('/verification', words.nav.verification)}</nav>
<span class="lang" role="group" aria-label="${escapeHtml(words.language)}">${switchTo('zh-CN', '中文')} | ${switchTo('en', 'English')}</span></header>`
}

/** A whole page: self-contained, inline style only, readable on a phone. `main` is HTML. */
export function pageHtml(lang: Language, here: Here, title: string, main: string): string {
  const words = pageWords[lang]
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title} — ${words.site}`)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${siteHeader(lang, here)}
<main>
${main}
</main>
</body>
</html>
`
}
