import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type Language,
  type Ledger,
  publicReport,
  renderReportHtml,
  renderReportText,
  type Signer,
  verifierKey,
  verifyReport,
} from '../../src/index'

/**
 * Prints one organization's public report on `asOf` as text with its verification, shows a
 * copy whose penalty facts were softened failing on that item, and writes the HTML page.
 * Returns whether everything went as it should.
 */
export async function showReport(
  ledger: Ledger,
  org: string,
  options: { readonly asOf: string; readonly signer: Signer; readonly lang: Language },
): Promise<boolean> {
  const report = await publicReport(ledger, org, { asOf: options.asOf, signer: options.signer })
  const publicKey = verifierKey(options.signer)
  const verification = verifyReport(report, { publicKey })
  console.log(renderReportText(report, { lang: options.lang, verification }))

  const tampered = structuredClone(report)
  const penalty = tampered.sections.penalties[0]?.entry.data as Record<string, unknown> | undefined
  if (penalty) penalty.facts = '无违法事实'
  const caught = verifyReport(tampered, { publicKey })
  console.log(`tampered copy: ${caught.success ? 'accepted' : caught.issues[0]?.message}`)

  const file = join(tmpdir(), `integrity-ledger-report-${org}.html`)
  await writeFile(file, renderReportHtml(report, { lang: options.lang, verification }))
  console.log(`HTML report: ${file}`)

  const namedItem =
    !caught.success && caught.issues[0]?.path.join('.') === 'sections.penalties.0.entry.data.facts'
  return verification.success && penalty !== undefined && namedItem
}
