import { readFile } from 'node:fs/promises'
import { serve } from '@hono/node-server'
import { Command } from 'commander'
import * as z from 'zod'
import { createQueryHandler } from '../../http'
import { verifierKey } from '../../proof'
import { caughtUpRegister } from '../caughtUpRegister'
import { type CliContext, countOption, globalsOf, inWorkspace, parseOptions } from '../context'
import { EXIT } from '../exitCodes'

const serveOptions = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: countOption(65_535).default(8080),
})

/**
 * `serve`: the public query service (`integrity-ledger/http`) over the workspace, on
 * 127.0.0.1 unless told otherwise, its register followed as entries are appended, until Ctrl-C.
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
        const stop = new AbortController()
        const following = register.follow({ signal: stop.signal })
        const server = serve({ fetch: handler.fetch, hostname: options.host, port: options.port })
        await new Promise<void>((resolve, reject) => {
          server.once('listening', resolve)
          server.once('error', reject)
        })
        const address = server.address()
        const port = typeof address === 'object' && address !== null ? address.port : options.port
        const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`
        output.answer({ url }, () => t.serve.listening(url))
        // Served until Ctrl-C: then the register stops following and the server closes.
        await new Promise<void>((resolve) => {
          if (context.io.signal?.aborted) resolve()
          context.io.signal?.addEventListener('abort', () => resolve(), { once: true })
        })
        stop.abort()
        await following
        await new Promise<void>((resolve) => server.close(() => resolve()))
        context.exitCode = EXIT.ok
      })
    })
}
