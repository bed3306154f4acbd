import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { resolve } from 'node:path'
import { Command } from 'commander'
import * as z from 'zod'
import { type CliContext, globalsOf, inWorkspace, parseOptions } from '../context'
import { EXIT } from '../exitCodes'

const exportOptions = z.object({
  out: z.string().min(1).optional(),
  withPersonalData: z.boolean().optional(),
})

/** `export`: the ledger as JSON Lines, to a file or stdout, with a fresh checkpoint covering it. */
export function exportCommand(context: CliContext): Command {
  const { t } = context
  return new Command('export')
    .description(t.export.describe)
    .option('--out <file>', t.export.out)
    .option('--with-personal-data', t.export.personal)
    .action(async (_options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(exportOptions, command.opts())
      await inWorkspace(context, globals, async ({ ledger }) => {
        const file = options.out ? resolve(context.io.cwd, options.out) : undefined
        const sink = file ? createWriteStream(file, { flags: 'wx' }) : context.io.stdout
        let lines = 0
        for await (const line of ledger.export({ personal: options.withPersonalData === true })) {
          if (!sink.write(`${line}\n`)) await once(sink, 'drain')
          lines++
        }
        if (file) {
          sink.end()
          await once(sink, 'finish')
          output.answer({ file, lines }, () => t.export.done(lines, file))
        }
        context.exitCode = EXIT.ok
      })
    })
}
