import * as z from 'zod'
import type { Result } from '../../errors'
import type { Language } from '../../language'
import { parseVerifierKey } from '../../proof'
import type { ReportVerification } from '../verify/verifyReport'
import { renderOptionsSchema } from './checkRenderInput'

/** How `renderReportHtml` renders a report page. */
export interface ReportHtmlOptions {
  /** The page's language (`zh` is read as `zh-CN`): every word, date and verification message follows it. */
  readonly lang: Language
  /**
   * The result of `verifyReport` on the server: the page says verified or failed
   * (`data-state`), lists the problems in its language and marks the rows that failed.
   * Not with `verifierScript`: a page either carries a result or checks itself.
   */
  readonly verification?: Result<ReportVerification>
  /**
   * The URL (http, https or relative) of a module script that verifies the page in the
   * browser. The page then embeds the report as JSON in `<script type="application/json"
   * id="report-json">`, the key in `<meta name="integrity-ledger-public-key">`, and the script
   * itself, and its verification starts `pending`. Needs `publicKey`.
   */
  readonly verifierScript?: string
  /** The log's verifier key text (`name+keyid+base64`) for `verifierScript` to check with. */
  readonly publicKey?: string
}

function isScriptUrl(value: string): boolean {
  // No whitespace or control character, which a browser would drop or read differently.
  if (
    /\s/.test(value) ||
    [...value].some((char) => (char.codePointAt(0) ?? 0) < 32 || char === '\x7f')
  ) {
    return false
  }
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://report.invalid/').protocol)
  } catch {
    return false
  }
}

/** The options of `renderReportHtml`, checked before anything is rendered. */
export const reportHtmlOptionsSchema: z.ZodType = renderOptionsSchema
  .extend({
    verifierScript: z
      .string()
      .min(1)
      .max(2048)
      .refine(isScriptUrl, 'verifierScript must be an http, https or relative URL')
      .optional(),
    publicKey: z
      .string()
      .max(1024)
      .refine((key) => parseVerifierKey(key).success, 'publicKey must be verifier key text')
      .optional(),
  })
  .superRefine((options, context) => {
    if (options.verifierScript !== undefined && options.verification !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['verifierScript'],
        message:
          'give verification or verifierScript, not both: the page carries a result or checks itself',
      })
    }
    if ((options.verifierScript === undefined) !== (options.publicKey === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [options.publicKey === undefined ? 'publicKey' : 'verifierScript'],
        message:
          'verifierScript and publicKey go together: the script checks the report with the key',
      })
    }
  })
