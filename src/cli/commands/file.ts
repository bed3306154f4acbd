import { Command } from 'commander'
import * as z from 'zod'
import type { CreditFile } from '../../credit-file'
import { isoDateOrInstantSchema } from '../../time'
import { type CliContext, dayOption, globalsOf, inWorkspace, parseOptions } from '../context'
import { EXIT } from '../exitCodes'
import type { CliMessages } from '../messages'

const fileOptions = z.object({
  asOf: dayOption.optional(),
  knownAt: z.optional(isoDateOrInstantSchema),
})

/** `file ORG`: a credit file, whole with `--json`, as a summary for people otherwise. */
export function fileCommand(context: CliContext): Command {
  const { t } = context
  return new Command('file')
    .description(t.file.describe)
    .argument('<org>', t.file.org)
    .option('--as-of <day>', t.file.asOf)
    .option('--known-at <when>', t.file.knownAt)
    .action(async (org: string, _options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(fileOptions, command.opts())
      await inWorkspace(context, globals, async ({ ledger }) => {
        const file = await ledger.creditFile(org, {
          ...(options.asOf ? { asOf: options.asOf } : {}),
          ...(options.knownAt ? { knownAt: options.knownAt } : {}),
        })
        output.answer(file, () => summary(file, t))
        context.exitCode = EXIT.ok
      })
    })
}

/** The lines a person reads first: who, where it stands, grade, lists, reports and penalties. */
export function summary(file: CreditFile, t: CliMessages): string {
  const w = t.words
  const lists = [
    file.onAbnormalList ? t.lists.abnormal : null,
    file.onSeriousList ? t.lists.serious : null,
  ].filter((name) => name !== null)
  const years = Object.keys(file.annualReports).sort()
  return [
    `${file.identity.name ?? file.org}  ${file.org}`,
    `${w.status}: ${t.statuses[file.status]}`,
    `${w.registrar}: ${file.identity.registrar ?? w.none}`,
    `${w.registeredOn}: ${file.identity.foundedOn ?? w.none}`,
    `${w.grade}: ${file.grade ? `${file.grade.grade} (${file.grade.validFrom} – ${file.grade.validTo})` : w.none}`,
    `${w.onLists}: ${lists.length > 0 ? lists.join(', ') : w.none}`,
    `${w.annualReports}: ${years.length > 0 ? years.join(', ') : w.none}`,
    `${w.penalties}: ${file.penalties.length}`,
    `${w.entries}: ${file.version}`,
  ].join('\n')
}
