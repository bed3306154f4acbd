import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Command } from 'commander'
import * as z from 'zod'
import { renderReportHtml, renderReportText, verifyReport } from '../../disclosure'
import { type CliContext, dayOption, globalsOf, inWorkspace, parseOptions, today } from '../context'
import { EXIT } from '../exitCodes'
import { issueLine } from '../output'
import { UsageError } from '../usageError'

const reportOptions = z.object({
  asOf: dayOption.optional(),
  format: z.enum(['text', 'html', 'json']).default('text'),
  out: z.string().min(1).optional(),
})

/**
 * `report ORG`: the public report on a day, verified against the workspace's key before it is
 * written, as text, HTML or JSON (the JSON is what `verifyReport` checks anywhere).
 */
export function reportCommand(context: CliContext): Command {
  const { t } = context
  return new Command('report')
    .description(t.report.describe)
    .argument('<org>', t.file.org)
    .option('--as-of <day>', t.report.asOf)
    .option('--format <format>', t.report.format)
    .option('--out <file>', t.report.out)
    .action(async (org: string, _options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(reportOptions, command.opts())
      if (output.json && options.format !== 'json' && !options.out) {
        throw new UsageError(t.report.jsonNeedsJson)
      }
      await inWorkspace(context, globals, async ({ ledger, signer }) => {
        const report = await ledger.publicReport(org, { asOf: options.asOf ?? today() })
        const verification = verifyReport(report, { publicKey: signer.publicKey })
        if (!verification.success) {
          output.answer({ verified: false, issues: verification.issues }, () =>
            [t.report.failed, ...verification.issues.map(issueLine)].join('\n'),
          )
          context.exitCode = EXIT.failed
          return
        }
        const text =
          options.format === 'json'
            ? `${JSON.stringify(report, null, 2)}\n`
            : options.format === 'html'
              ? renderReportHtml(report, { lang: context.language, verification })
              : renderReportText(report, { lang: context.language, verification })
        if (options.out) {
          const file = resolve(context.io.cwd, options.out)
          await writeFile(file, text)
          output.answer({ file, format: options.format, verified: true }, () => t.report.done(file))
        } else {
          context.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
        }
        context.exitCode = EXIT.ok
      })
    })
}
