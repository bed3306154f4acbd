import { Command } from 'commander'
import * as z from 'zod'
import { caughtUpRegister } from '../caughtUpRegister'
import {
  type CliContext,
  countOption,
  dayOption,
  globalsOf,
  inWorkspace,
  parseOptions,
  today,
} from '../context'
import { EXIT } from '../exitCodes'

const listsOptions = z.object({
  list: z.enum(['abnormal', 'serious'], { message: 'expected abnormal or serious' }),
  on: dayOption.optional(),
  registrar: z.string().min(1).max(200).optional(),
  division: z
    .string()
    .regex(/^\d{2}(\d{2}){0,2}$/, 'expected 2, 4 or 6 digits')
    .optional(),
  offset: countOption(1_000_000_000).default(0),
  limit: countOption(1000).default(50),
})

/** `lists abnormal|serious`: a published list on a day, by registrar or division, paged. */
export function listsCommand(context: CliContext): Command {
  const { t } = context
  return new Command('lists')
    .description(t.lists.describe)
    .argument('<list>', t.lists.list)
    .option('--on <day>', t.lists.on)
    .option('--registrar <name>', t.lists.registrar)
    .option('--division <code>', t.lists.division)
    .option('--offset <n>', t.lists.offset)
    .option('--limit <n>', t.lists.limit)
    .action(async (list: string, _options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(listsOptions, { ...command.opts(), list })
      await inWorkspace(context, globals, async (open) => {
        const register = await caughtUpRegister(context, open, output)
        const on = options.on ?? today()
        const page = await register.listed(options.list, {
          on,
          offset: options.offset,
          limit: options.limit,
          ...(options.registrar ? { registrar: options.registrar } : {}),
          ...(options.division ? { division: options.division } : {}),
        })
        output.answer({ list: options.list, on, ...page }, () =>
          [
            t.lists.header(t.lists[options.list], on, page.total),
            ...page.items.map(
              (row) => `${row.org}  ${row.name}  ${row.listedOn}  ${row.reason}  ${row.registrar}`,
            ),
          ].join('\n'),
        )
        context.exitCode = EXIT.ok
      })
    })
}
