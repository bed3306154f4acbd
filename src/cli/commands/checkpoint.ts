import { Command } from 'commander'
import { parseCheckpoint, toHex } from '../../proof'
import { type CliContext, globalsOf, inWorkspace } from '../context'
import { EXIT } from '../exitCodes'

/** `checkpoint`: signs the log's head (or returns the note already signed for it) and prints it. */
export function checkpointCommand(context: CliContext): Command {
  return new Command('checkpoint')
    .description(context.t.checkpoint.describe)
    .action(async (_options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      await inWorkspace(context, globals, async ({ ledger }) => {
        const note = await ledger.checkpoint()
        const parsed = parseCheckpoint(note)
        const head = parsed.success ? parsed.data : undefined
        output.answer(
          {
            note,
            origin: head?.origin,
            size: head?.size,
            root: head ? toHex(head.root) : undefined,
          },
          () => note.trimEnd(),
        )
        context.exitCode = EXIT.ok
      })
    })
}
