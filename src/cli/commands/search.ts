import { Command } from 'commander'
import * as z from 'zod'
import { caughtUpRegister } from '../caughtUpRegister'
import { type CliContext, countOption, globalsOf, inWorkspace, parseOptions } from '../context'
import { EXIT } from '../exitCodes'

const searchOptions = z.object({
  text: z.string().trim().min(1).max(100),
  offset: countOption(1_000_000_000).default(0),
  limit: countOption(1000).default(20),
})

/** `search TEXT`: organizations by id or part of a name, best first. */
export function searchCommand(context: CliContext): Command {
  const { t } = context
  return new Command('search')
    .description(t.search.describe)
    .argument('<text>', t.search.text)
    .option('--offset <n>', t.lists.offset)
    .option('--limit <n>', t.lists.limit)
    .action(async (text: string, _options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(searchOptions, { ...command.opts(), text })
      await inWorkspace(context, globals, async (open) => {
        const register = await caughtUpRegister(context, open, output)
        const page = await register.search(options.text, {
          offset: options.offset,
          limit: options.limit,
        })
        output.answer({ text: options.text, ...page }, () =>
          [
            t.search.header(options.text, page.total),
            ...page.items.map(
              (record) =>
                `${record.org}  ${record.name}  ${t.statuses[record.status]}  ${record.registrar}`,
            ),
          ].join('\n'),
        )
        context.exitCode = EXIT.ok
      })
    })
}
