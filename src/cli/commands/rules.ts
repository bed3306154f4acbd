import { Command } from 'commander'
import * as z from 'zod'
import { cnPolicy } from '../../policies'
import { runRules } from '../../register'
import { type CliContext, dayOption, globalsOf, inWorkspace, parseOptions } from '../context'
import { EXIT } from '../exitCodes'
import { createProgress } from '../progress'
import { readRulesState, writeRulesState } from '../rulesState'

const runOptions = z.object({ to: dayOption, from: dayOption.optional() })

/**
 * `rules run --to D`: the nightly run of the national pack, from the kept state (or `--from`
 * on a first run), keeping the state after every round. Ctrl-C stops it between two
 * organizations; nothing is half-applied, and the next run carries on from the kept state.
 */
export function rulesCommand(context: CliContext): Command {
  const { t } = context
  const run = new Command('run')
    .description(t.rules.run)
    .requiredOption('--to <day>', t.rules.to)
    .option('--from <day>', t.rules.from)
    .action(async (_options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(runOptions, command.opts())
      await inWorkspace(context, globals, async ({ ledger }, workspace) => {
        const state = await readRulesState(workspace.rulesState)
        // One bar for the run: a sweep's organizations, and the day it sweeps.
        const progress = createProgress(context.io.stderr, t.rules.progress, !output.json)
        const result = await runRules(ledger, cnPolicy, {
          to: options.to,
          from: options.from ?? options.to,
          state,
          signal: context.io.signal,
          onState: (kept) => writeRulesState(workspace.rulesState, kept),
          onProgress: ({ at, done, total }) => progress.update(done, total, ` ${at}`),
        }).finally(() => progress.stop())
        await writeRulesState(workspace.rulesState, result.state)
        const { counts } = result
        output.answer(
          {
            stopped: result.stopped,
            at: result.state.at,
            counts,
            days: result.days.map((d) => ({
              at: d.at,
              appended: d.appended.flatMap((a) => a.entries.map((e) => e.seq)),
              rejected: d.rejected.length,
            })),
          },
          () =>
            result.stopped
              ? t.rules.stopped(result.state.at)
              : t.rules.summary(
                  result.days.length,
                  counts.appended,
                  counts.alreadyApplied,
                  counts.rejected,
                ),
        )
        context.exitCode = result.stopped ? EXIT.interrupted : EXIT.ok
      })
    })
  return new Command('rules').description(t.rules.describe).addCommand(run)
}
