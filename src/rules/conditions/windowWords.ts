import { periodText } from '../compile/labels'
import type { LocalText } from '../localText'
import type { Window } from '../window'

/** A window in words: `within 3 years`, `3年内`. */
export function windowWords(window: Window | undefined): LocalText {
  if (window === undefined) return { zh: '', en: '' }
  if ('calendarYear' in window) {
    return window.calendarYear === 'previous'
      ? { zh: '上一年度', en: 'in the previous year' }
      : { zh: '本年度', en: 'this year' }
  }
  if ('from' in window) {
    const span = window.period === undefined ? null : periodText(window.period)
    if (window.from === 'registration') {
      return span === null
        ? { zh: '成立以来', en: 'since registration' }
        : { zh: `成立后${span.zh}内`, en: `within ${span.en} of registration` }
    }
    return span === null
      ? { zh: '注销或撤销登记后', en: 'since the closure' }
      : { zh: `注销或撤销登记后${span.zh}内`, en: `within ${span.en} of the closure` }
  }
  const span = periodText(window)
  return { zh: `${span.zh}内`, en: `within ${span.en}` }
}
