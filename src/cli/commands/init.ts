import { access, writeFile } from 'node:fs/promises'
import { basename, dirname, relative, resolve } from 'node:path'
import { Command } from 'commander'
import * as z from 'zod'
import { verifierKey } from '../../proof'
import { type CliContext, globalsOf, parseOptions } from '../context'
import { EXIT } from '../exitCodes'
import { openStore } from '../openWorkspace'
import { createSigningKeyFile, readSigningKeyFile } from '../signingKeyFile'
import { UsageError } from '../usageError'
import { configFile, isPostgres, redacted, writeWorkspace } from '../workspace'

const initOptions = z.object({
  store: z.string().min(1).optional(),
  key: z.string().min(1).optional(),
  origin: z
    .string()
    .regex(/^[^\s+]+$/, 'a log name has no spaces and no "+"')
    .max(200)
    .optional(),
})

/** `init`: a store, a signing key file (mode 0600) and the configuration naming both. */
export function initCommand(context: CliContext): Command {
  const { t } = context
  return new Command('init')
    .description(t.init.describe)
    .option('--origin <name>', t.init.origin)
    .action(async (_options, command: Command) => {
      const { output } = globalsOf(context, command)
      // Here the global --store and --key say what to create, or which key to use.
      const options = parseOptions(initOptions, command.optsWithGlobals())
      const config = configFile(context.io, command.optsWithGlobals())
      if (await exists(config)) {
        output.note(t.init.exists(config))
        context.exitCode = EXIT.failed
        return
      }
      const base = dirname(config)
      // What is typed is relative to where it is typed; the defaults go beside the configuration.
      const postgres = options.store !== undefined && isPostgres(options.store)
      const store = postgres
        ? (options.store as string)
        : resolve(options.store ? context.io.cwd : base, options.store ?? 'ledger.db')
      const key = options.key
        ? resolve(context.io.cwd, options.key)
        : resolve(base, postgres ? 'ledger.key' : `${basename(store).replace(/\.db$/, '')}.key`)
      if (!options.key && (await exists(key))) throw new UsageError(t.init.keyExists(key))
      // The store first: a store that cannot be opened leaves no key behind. Opening it
      // creates its tables.
      await (await openStore(store)).close()
      // A key given keeps the log name it was made for; a new one gets --origin.
      const signer = options.key
        ? await readSigningKeyFile(key)
        : await createSigningKeyFile(key, options.origin ?? 'integrity-ledger')
      const near = (path: string) => (isPostgres(path) ? path : relative(base, path) || path)
      await writeWorkspace(config, {
        format: 'integrity-ledger/workspace/v1',
        store: near(store),
        key: near(key),
        origin: signer.name,
        rulesState: 'rules-state.json',
      })
      // The public half beside the configuration, to hand to whoever verifies.
      const verifier = verifierKey(signer)
      const publicKeyFile = resolve(base, `${basename(key).replace(/\.key$/, '')}.pub`)
      await writeFile(publicKeyFile, `${verifier}\n`)
      // A password in a PostgreSQL URL is never printed.
      const shown = redacted(store)
      output.answer(
        { config, store: shown, key, publicKeyFile, origin: signer.name, verifierKey: verifier },
        () => [t.init.done(config, shown, key), t.init.verifier, verifier].join('\n'),
      )
      context.exitCode = EXIT.ok
    })
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  )
