import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { serve } from '@hono/node-server'
import { Command } from 'commander'
import * as z from 'zod'
import { createQueryHandler } from '../../http'
import { verifierKey } from '../../proof'
import type { Register } from '../../register'
import { caughtUpRegister } from '../caughtUpRegister'
import { type CliContext, countOption, globalsOf, inWorkspace, parseOptions } from '../context'
import { EXIT } from '../exitCodes'
import type { Output } from '../output'

const serveOptions = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: countOption(65_535).default(8080),
})

/** How often the register takes in what other processes appended (ms). */
const CATCH_UP_EVERY_MS = 2000

/**
 * `serve`: the public query service (`integrity-ledger/http`) over the workspace, on
 * 127.0.0.1 unless told otherwise, until Ctrl-C. Its register takes in what the nightly run,
 * imports and appends write every two seconds, each time holding the read models' update
 * lease only while it catches up, so the other commands are never kept waiting long.
 */
export function serveCommand(context: CliContext): Command {
  const { t } = context
  return new Command('serve')
    .description(t.serve.describe)
    .option('--host <host>', t.serve.host)
    .option('--port <port>', t.serve.port)
    .action(async (_options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(serveOptions, command.opts())
      await inWorkspace(context, globals, async (open) => {
        const register = await caughtUpRegister(context, open, output)
        const script = context.io.verifierScriptFile
          ? await readFile(context.io.verifierScriptFile, 'utf8').catch(() => undefined)
          : undefined
        const handler = createQueryHandler({
          ledger: open.ledger,
          register,
          publicKey: verifierKey(open.signer),
          ...(script ? { verifierScript: script } : {}),
          onError: (error) => output.note(`${t.errors.failed} ${String(error)}`),
        })
        const server = serve({ fetch: handler.fetch, hostname: options.host, port: options.port })
        const stopped = new AbortController()
        try {
          await new Promise<void>((resolve, reject) => {
            server.once('listening', resolve)
            server.once('error', reject)
          })
          const address = server.address()
          const port = typeof address === 'object' && address !== null ? address.port : 0
          const host = options.host.includes(':') ? `[${options.host}]` : options.host
          const url = `http://${host}:${port}/`
          output.answer({ url }, () => t.serve.listening(url))
          await keepCurrent(register, output, context.io.signal, stopped.signal)
        } finally {
          stopped.abort()
          await new Promise<void>((resolve) => server.close(() => resolve()))
        }
        context.exitCode = EXIT.ok
      })
    })
}

// Catches the register up every few seconds until Ctrl-C; a failed catch-up (the database
// away for a moment) is reported and tried again, while the pages keep what they have.
async function keepCurrent(
  register: Register,
  output: Output,
  interrupt: AbortSignal | undefined,
  stopped: AbortSignal,
): Promise<void> {
  const done = () => interrupt?.aborted === true || stopped.aborted
  while (!done()) {
    // The wait ends early on Ctrl-C; its listener goes with it.
    await sleep(CATCH_UP_EVERY_MS, undefined, interrupt ? { signal: interrupt } : {}).catch(
      () => undefined,
    )
    if (done()) return
    await register.catchUp({ signal: interrupt }).catch((error: unknown) => {
      output.note(String(error))
    })
  }
}
