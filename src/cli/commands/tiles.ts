import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { Command } from 'commander'
import { LedgerError } from '../../errors'
import type { EntryEnvelope } from '../../events'
import { leafData, parseCheckpoint, tiledLogFiles } from '../../proof'
import { type CliContext, globalsOf, inWorkspace, stopIfInterrupted } from '../context'
import { EXIT } from '../exitCodes'

/**
 * `tiles <dir>`: writes the log as it stands in the C2SP tiled layout (a fresh checkpoint, the
 * hash tiles and the entry bundles) under `dir`, for a web server or a bucket to serve as
 * static files; each entry shows its positions and commitments, never its content.
 */
export function tilesCommand(context: CliContext): Command {
  const { t } = context
  return new Command('tiles')
    .description(t.tiles.describe)
    .argument('<dir>', t.tiles.dir)
    .action(async (dir: string, _options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      await inWorkspace(context, globals, async ({ ledger, store }) => {
        const checkpoint = await ledger.checkpoint()
        const parsed = parseCheckpoint(checkpoint)
        if (!parsed.success) {
          const first = parsed.issues[0]
          throw new LedgerError(
            'INVALID_INPUT',
            `the ledger's checkpoint does not parse: ${first?.path.join('.')}: ${first?.message}`,
            parsed.issues,
          )
        }
        const entries: EntryEnvelope[] = []
        for await (const page of store.readAll()) {
          stopIfInterrupted(context)
          entries.push(...page)
        }
        // The checkpoint signs the log as it stood; entries appended since wait for the next run.
        const { size } = parsed.data
        const files = tiledLogFiles(entries.slice(0, size).map(leafData), checkpoint)
        const root = resolve(context.io.cwd, dir)
        for (const file of files) {
          stopIfInterrupted(context)
          const path = join(root, file.path)
          await mkdir(dirname(path), { recursive: true })
          await writeFile(path, file.bytes)
        }
        output.answer({ dir: root, size, files: files.length }, () =>
          t.tiles.done(size, files.length, root),
        )
        context.exitCode = EXIT.ok
      })
    })
}
