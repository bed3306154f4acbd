import { open, rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Command } from 'commander'
import * as z from 'zod'
import {
  type CliContext,
  globalsOf,
  inWorkspace,
  parseOptions,
  stopIfInterrupted,
} from '../context'
import { EXIT } from '../exitCodes'
import { UsageError } from '../usageError'

const exportOptions = z.object({
  out: z.string().min(1).optional(),
  withPersonalData: z.boolean().optional(),
})

/**
 * `export`: the ledger as JSON Lines, to a file or stdout, with a fresh checkpoint covering it.
 * A file is created new (one that exists is a usage error, found before anything is read),
 * readable by its owner only when it holds people, and removed again if the export fails.
 */
export function exportCommand(context: CliContext): Command {
  const { t } = context
  return new Command('export')
    .description(t.export.describe)
    .option('--out <file>', t.export.out)
    .option('--with-personal-data', t.export.personal)
    .action(async (_options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(exportOptions, command.opts())
      const personal = options.withPersonalData === true
      const file = options.out ? resolve(context.io.cwd, options.out) : undefined
      const handle = file
        ? await open(file, 'wx', personal ? 0o600 : 0o644).catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'EEXIST') throw new UsageError(t.export.exists(file))
            throw error
          })
        : undefined
      let lines = 0
      try {
        await inWorkspace(context, globals, async ({ ledger }) => {
          const text = Readable.from(
            (async function* () {
              for await (const line of ledger.export({ personal })) {
                stopIfInterrupted(context)
                lines++
                yield `${line}\n`
              }
            })(),
          )
          if (handle) await pipeline(text, handle.createWriteStream())
          else await pipeline(text, context.io.stdout, { end: false })
        })
      } catch (error) {
        if (file) await rm(file, { force: true })
        throw error
      } finally {
        await handle?.close().catch(() => undefined)
      }
      if (file) output.answer({ file, lines }, () => t.export.done(lines, file))
      context.exitCode = EXIT.ok
    })
}
