import { createReadStream } from 'node:fs'
import { extname, resolve } from 'node:path'
import { Command } from 'commander'
import * as z from 'zod'
import { importRows, parseImportMapping, readRows, textEncodings } from '../../import'
import { type CliContext, globalsOf, inWorkspace, parseOptions } from '../context'
import { EXIT } from '../exitCodes'
import { issueLine } from '../output'
import { createProgress } from '../progress'
import { readJsonFile } from '../readJsonFile'

const importOptions = z.object({
  mapping: z.string().min(1),
  // A sheet by its name, or by its place from 1 when the value is a number.
  sheet: z
    .string()
    .min(1)
    .transform((sheet) => (/^[1-9]\d*$/.test(sheet) ? Number(sheet) : sheet))
    .optional(),
  format: z.enum(['csv', 'xlsx', 'jsonl']).optional(),
  encoding: z.enum(textEncodings).optional(),
  delimiter: z.enum([',', ';', 'tab']).optional(),
  headerLine: z.coerce.number().int().min(1).max(1000).optional(),
  dryRun: z.boolean().optional(),
  migration: z.boolean().optional(),
})

/**
 * `import FILE --mapping M`: another system's rows (CSV, XLSX, JSONL) as entries, one row at a
 * time under a key made from the row, so a run stopped half way and started again writes each
 * row once; `--dry-run` checks every row and writes nothing.
 */
export function importCommand(context: CliContext): Command {
  const { t } = context
  return new Command('import')
    .description(t.import.describe)
    .argument('<file>', t.import.file)
    .requiredOption('--mapping <file>', t.import.mapping)
    .option('--sheet <name>', t.import.sheet)
    .option('--format <format>', t.import.format)
    .option('--encoding <encoding>', t.import.encoding)
    .option('--delimiter <delimiter>', t.import.delimiter)
    .option('--header-line <line>', t.import.headerLine)
    .option('--dry-run', t.import.dryRun)
    .option('--migration', t.import.migration)
    .action(async (file: string, _options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(importOptions, command.opts())
      const mappingFile = resolve(context.io.cwd, options.mapping)
      const mapping = parseImportMapping(await readJsonFile(mappingFile, '--mapping'))
      await inWorkspace(context, globals, async ({ ledger }) => {
        const progress = createProgress(context.io.stderr, t.import.progress, !output.json)
        const path = resolve(context.io.cwd, file)
        const expected = await rowsInTextFile(path)
        const rows = readRows(path, {
          ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
          ...(options.format ? { format: options.format } : {}),
          ...(options.encoding ? { encoding: options.encoding } : {}),
          ...(options.delimiter
            ? { delimiter: options.delimiter === 'tab' ? '\t' : options.delimiter }
            : {}),
          ...(options.headerLine ? { headerLine: options.headerLine } : {}),
        })
        const result = await importRows(ledger, rows, mapping, {
          dryRun: options.dryRun === true,
          migration: options.migration === true,
          ...(context.io.signal ? { signal: context.io.signal } : {}),
          onProgress: ({ rows: done }) => progress.update(done, Math.max(done, expected)),
        }).finally(() => progress.stop())
        output.answer(result, () =>
          [
            ...result.refused.flatMap(({ line, issues }) => [
              t.import.refusedRow(line),
              ...issues.map(issueLine),
            ]),
            options.dryRun
              ? t.import.dryRunSummary(result.rows, result.refused.length)
              : t.import.summary(
                  result.rows,
                  result.written,
                  result.repeated,
                  result.refused.length,
                ),
            ...(result.stopped ? [t.import.stopped] : []),
          ].join('\n'),
        )
        context.exitCode = result.stopped
          ? EXIT.interrupted
          : result.refused.length > 0
            ? EXIT.failed
            : EXIT.ok
      })
    })
}

/**
 * About how many rows a CSV or JSON Lines file holds, for the progress bar's total: its line
 * feeds, less the header's. A sheet is not counted (0): the bar then grows with the rows read.
 */
async function rowsInTextFile(file: string): Promise<number> {
  const kind = extname(file).toLowerCase()
  const jsonLines = kind === '.jsonl' || kind === '.ndjson'
  if (!jsonLines && !['.csv', '.tsv', '.txt'].includes(kind)) return 0
  let lines = 0
  try {
    for await (const chunk of createReadStream(file)) {
      for (const byte of chunk as Buffer) if (byte === 10) lines++
    }
  } catch {
    return 0 // The reader reports a file it cannot read, with its own words.
  }
  return jsonLines ? lines : Math.max(0, lines - 1)
}
