import { Command } from 'commander'
import * as z from 'zod'
import { caughtUpRegister } from '../caughtUpRegister'
import { type CliContext, dayOption, globalsOf, inWorkspace, parseOptions, today } from '../context'
import { EXIT } from '../exitCodes'

const statsOptions = z.object({ on: dayOption.optional(), from: dayOption.optional() })

/** `stats`: the register's counts on a day, or with `--from` their change since another day. */
export function statsCommand(context: CliContext): Command {
  const { t } = context
  return new Command('stats')
    .description(t.stats.describe)
    .option('--on <day>', t.stats.on)
    .option('--from <day>', t.stats.from)
    .action(async (_options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(statsOptions, command.opts())
      await inWorkspace(context, globals, async (open) => {
        const register = await caughtUpRegister(context, open, output)
        const on = options.on ?? today()
        if (options.from) {
          const change = await register.statisticsChange({ from: options.from, to: on })
          output.answer(change, () => JSON.stringify(change, null, 2))
        } else {
          const counts = await register.statistics({ on })
          output.answer(counts, () => table(counts))
        }
        context.exitCode = EXIT.ok
      })
    })
}

// Each group of counts on its own line: `byStatus: active 12, deregistered 1`.
function table(counts: object): string {
  return Object.entries(counts)
    .map(([key, value]) =>
      typeof value === 'object' && value !== null
        ? `${key}: ${Object.entries(value)
            .map(([name, count]) => `${name} ${count}`)
            .join(', ')}`
        : `${key}: ${value}`,
    )
    .join('\n')
}
