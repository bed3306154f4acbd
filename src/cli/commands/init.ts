import { access, writeFile } from 'node:fs/promises'
import { basename, dirname, relative, resolve } from 'node:path'
import { Command } from 'commander'
import * as z from 'zod'
import { verifierKey } from '../../proof'
import { type CliContext, globalsOf, parseOptions } from '../context'
import { EXIT } from '../exitCodes'
import { openStore } from '../openWorkspace'
import { createSigningKeyFile, readSigningKeyFile } from '../signingKeyFile'
import { configFile, isPostgres, writeWorkspace } from '../workspace'

const initOptions = z.object({
  store: z.string().min(1).default('ledger.db'),
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
      const exists = await access(config).then(
        () => true,
        () => false,
      )
      if (exists) {
        output.note(t.init.exists(config))
        context.exitCode = EXIT.failed
        return
      }
      const base = dirname(config)
      const postgres = isPostgres(options.store)
      const store = postgres ? options.store : resolve(context.io.cwd, options.store)
      const key = options.key
        ? resolve(context.io.cwd, options.key)
        : resolve(base, postgres ? 'ledger.key' : `${basename(store).replace(/\.db$/, '')}.key`)
      // A key given keeps the log name it was made for; a new one gets --origin.
      const signer = options.key
        ? await readSigningKeyFile(key)
        : await createSigningKeyFile(key, options.origin ?? 'integrity-ledger')
      // Opening the store creates its tables.
      await (await openStore(store)).close()
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
      output.answer(
        { config, store, key, publicKeyFile, origin: signer.name, verifierKey: verifier },
        () => [t.init.done(config, store, key), t.init.verifier, verifier].join('\n'),
      )
      context.exitCode = EXIT.ok
    })
}
