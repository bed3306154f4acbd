import { Command } from 'commander'
import * as z from 'zod'
import { organizationKinds } from '../../identity'
import { dueDates } from '../../register'
import { render } from '../../rules'
import { addDaysIso } from '../../time'
import { type CliContext, countOption, dayOption, globalsOf, parseOptions, today } from '../context'
import { EXIT } from '../exitCodes'
import { readRulesState } from '../rulesState'
import { readWorkspace } from '../workspace'

const dueOptions = z.object({
  from: dayOption.optional(),
  to: dayOption.optional(),
  kind: z.enum([...organizationKinds, 'other']).optional(),
  division: z
    .string()
    .regex(/^\d{2}(\d{2}){0,2}$/, 'expected 2, 4 or 6 digits')
    .optional(),
  offset: countOption(1_000_000_000).default(0),
  limit: countOption(1000).default(100),
})

/** `due`: what falls due between two days, from the last rules run's state; reads no store. */
export function dueCommand(context: CliContext): Command {
  const { t } = context
  return new Command('due')
    .description(t.due.describe)
    .option('--from <day>', t.due.from)
    .option('--to <day>', t.due.to)
    .option('--kind <kind>', t.due.kind)
    .option('--division <code>', t.lists.division)
    .option('--offset <n>', t.lists.offset)
    .option('--limit <n>', t.lists.limit)
    .action(async (_options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(dueOptions, command.opts())
      const workspace = await readWorkspace(context.io, globals, context.language)
      const state = await readRulesState(workspace.rulesState)
      if (state === undefined) {
        output.note(t.due.noState(workspace.rulesState))
        context.exitCode = EXIT.failed
        return
      }
      const from = options.from ?? today()
      const page = dueDates(state, {
        from,
        to: options.to ?? addDaysIso(from, 30),
        offset: options.offset,
        limit: options.limit,
        ...(options.kind ? { kind: options.kind } : {}),
        ...(options.division ? { division: options.division } : {}),
      })
      output.answer(page, () =>
        [
          t.due.header(page.asOf, page.total),
          ...page.items.map(
            (item) => `${item.due}  ${item.org}  ${item.state}  ${render(item, context.language)}`,
          ),
        ].join('\n'),
      )
      context.exitCode = EXIT.ok
    })
}
