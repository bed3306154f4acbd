import { checkReportPage, type PageVerification } from './checkReportPage'
import { verificationWords } from './verificationWords'

/**
 * Verifies the public report a page carries and shows the outcome in the page: reads
 * `#report-json` and `<meta name="integrity-ledger-public-key">`, sets
 * `#verification[data-state]` to `verified` or `failed` and `[data-ms]` to how long the check
 * took, writes the sentence into `#verification .verification-message` and the problems into
 * `ul.verification-problems`, and adds the class `tampered` to each `[data-seq]` row of an
 * item that failed. It never throws into the page. The page script calls it on load.
 */
export function verifyReportPage(page: Document): PageVerification {
  const started = performance.now()
  const lang = page.documentElement?.lang ?? ''
  let outcome: PageVerification
  try {
    outcome = checkReportPage({
      reportJson: page.getElementById('report-json')?.textContent,
      publicKey: page
        .querySelector('meta[name="integrity-ledger-public-key"]')
        ?.getAttribute('content'),
      lang,
    })
  } catch (error) {
    outcome = crashed(lang, error)
  }
  try {
    show(page, outcome, performance.now() - started)
  } catch (error) {
    outcome = crashed(lang, error)
    try {
      show(page, outcome, performance.now() - started)
    } catch {
      // Nothing left to write to: the page has no place for the outcome.
    }
  }
  return outcome
}

function crashed(lang: string, error: unknown): PageVerification {
  const words = verificationWords(lang)
  const why = words.crashed(error instanceof Error ? error.message : String(error))
  return { state: 'failed', message: words.failed(why, 1), problems: [why], tampered: [] }
}

// Text only, never markup: the sentences carry nothing from the report but numbers and days,
// and textContent keeps it that way whatever a later change puts in them.
function show(page: Document, outcome: PageVerification, ms: number): void {
  let box = page.getElementById('verification')
  if (box === null) {
    // Where a reader looks first, even on a page that forgot the section.
    box = page.createElement('section')
    box.id = 'verification'
    page.body.prepend(box)
  }
  let message = box.querySelector('.verification-message')
  if (message === null) {
    message = box.appendChild(page.createElement('p'))
    message.className = 'verification-message'
  }
  message.textContent = outcome.message
  let list = box.querySelector('ul.verification-problems')
  if (outcome.problems.length === 0) list?.remove()
  else {
    if (list === null) {
      list = box.appendChild(page.createElement('ul'))
      list.className = 'verification-problems'
    }
    list.replaceChildren(
      ...outcome.problems.map((problem) => {
        const item = page.createElement('li')
        item.textContent = problem
        return item
      }),
    )
  }
  for (const seq of outcome.tampered) {
    for (const row of page.querySelectorAll(`[data-seq="${seq}"]`)) row.classList.add('tampered')
  }
  box.setAttribute('data-ms', ms.toFixed(1))
  box.setAttribute('data-state', outcome.state)
}

// The page script: run once the document is parsed. Only where there is a document, so that
// importing this module elsewhere (a test, a server) does nothing.
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => verifyReportPage(document), { once: true })
  } else verifyReportPage(document)
}
