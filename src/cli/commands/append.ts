import { Command } from 'commander'
import * as z from 'zod'
import type { Issue } from '../../errors'
import { type CliContext, globalsOf, inWorkspace, parseOptions } from '../context'
import { EXIT } from '../exitCodes'
import { issueLine } from '../output'
import { parseEntries, readText } from '../readInput'

const appendOptions = z.object({
  idempotencyKey: z.string().min(1).max(200).optional(),
  migration: z.boolean().optional(),
})

/**
 * `append`: entries from stdin as one atomic batch. Every refused entry is listed with its
 * line and coded issues, and a batch with any refused entry writes nothing.
 */
export function appendCommand(context: CliContext): Command {
  const { t } = context
  return new Command('append')
    .description(t.append.describe)
    .option('--idempotency-key <key>', t.append.idempotencyKey)
    .option('--migration', t.append.migration)
    .action(async (_options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(appendOptions, command.opts())
      const read = parseEntries(await readText(context.io.stdin))
      if (read.errors.length > 0) {
        const refused = read.errors.map(
          ({ line, reason }): RefusedLine => ({
            line,
            issues: [{ code: 'invalid_json', path: [], message: t.append.notJson(line, reason) }],
          }),
        )
        refuse(context, output, refused, 'line')
        return
      }
      if (read.values.length === 0) {
        output.note(t.append.empty)
        context.exitCode = EXIT.failed
        return
      }
      await inWorkspace(context, globals, async ({ ledger }) => {
        const appendOptions = {
          ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
          ...(options.migration ? { migration: true } : {}),
        }
        const result = await ledger.safeAppend(read.values, appendOptions)
        if (!result.success) {
          refuse(context, output, byLine(result.issues, read.lines), read.unit)
          return
        }
        const { entries, size, root } = result.data
        output.answer({ written: entries.length, size, root, entries }, () =>
          t.append.written(entries.length, size),
        )
        context.exitCode = EXIT.ok
      })
    })
}

interface RefusedLine {
  readonly line: number
  readonly issues: readonly Issue[]
}

// Batch issues start with the entry's index; a few (options, the batch) belong to no line.
function byLine(issues: readonly Issue[], lines: readonly number[]): RefusedLine[] {
  const refused = new Map<number, Issue[]>()
  for (const issue of issues) {
    const [index, ...rest] = issue.path
    const line = typeof index === 'number' ? (lines[index] ?? 0) : 0
    const path = typeof index === 'number' ? rest : issue.path
    refused.set(line, [...(refused.get(line) ?? []), { ...issue, path }])
  }
  return [...refused].sort(([a], [b]) => a - b).map(([line, list]) => ({ line, issues: list }))
}

// Lines of JSON Lines are named by line, the entries of one JSON array by their place.
function refuse(
  context: CliContext,
  output: ReturnType<typeof globalsOf>['output'],
  refused: readonly RefusedLine[],
  unit: 'line' | 'entry',
): void {
  const { t } = context
  const places = refused.map(({ line, issues }) => ({ [unit]: line, issues }))
  output.answer({ written: 0, refused: places }, () =>
    [
      ...refused.flatMap(({ line, issues }) => [
        line === 0
          ? t.errors.failed
          : unit === 'line'
            ? t.append.refusedLine(line)
            : t.append.refusedEntry(line),
        ...issues.map(issueLine),
      ]),
      t.append.nothingWritten,
    ].join('\n'),
  )
  context.exitCode = EXIT.failed
}
