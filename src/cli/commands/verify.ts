import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { Command } from 'commander'
import * as z from 'zod'
import { isLedgerError, LedgerError } from '../../errors'
import { builtInCatalogue, type EntryCatalogue, type EntryEnvelope } from '../../events'
import { importLedger } from '../../ledger'
import {
  entryLeafHash,
  parseVerifierKey,
  rootHash,
  toHex,
  verifierKey,
  verifyLedger,
} from '../../proof'
import { type EventStore, memoryStore } from '../../store'
import {
  type CliContext,
  globalsOf,
  inWorkspace,
  parseOptions,
  stopIfInterrupted,
} from '../context'
import { EXIT } from '../exitCodes'
import { loadEntryTypes } from '../hostEntryTypes'
import { issueLine, type Output } from '../output'
import { createProgress } from '../progress'
import { readSigningKeyFile } from '../signingKeyFile'
import { UsageError } from '../usageError'
import { configFile, readWorkspace } from '../workspace'

const verifyOptions = z.object({
  publicKey: z.string().min(1).optional(),
  entryTypes: z.string().min(1).optional(),
})

/** What a verification established. */
interface Verified {
  readonly entries: number
  readonly checkpoints: number
  readonly verifiedSize: number
  readonly root: string
}

/**
 * `verify [FILE]`: an export, line by line, as `importLedger` checks it (naming the first bad
 * line), or without a file the workspace's store against its own checkpoints (a changed
 * entry narrowed to the checkpoints around it, as `verifyLedger` does).
 */
export function verifyCommand(context: CliContext): Command {
  const { t } = context
  return new Command('verify')
    .description(t.verify.describe)
    .argument('[file]', t.verify.file)
    .option('--public-key <key>', t.verify.publicKey)
    .option('--entry-types <module>', t.verify.entryTypes)
    .action(async (file: string | undefined, _options, command: Command) => {
      const { globals, output } = globalsOf(context, command)
      const options = parseOptions(verifyOptions, command.opts())
      const publicKey = options.publicKey
        ? await keyText(resolve(context.io.cwd, options.publicKey), options.publicKey)
        : await workspaceKey(context, globals)
      try {
        const verified = file
          ? await verifyExport(
              context,
              output,
              resolve(context.io.cwd, file),
              publicKey,
              await exportEntryTypes(context, globals, options.entryTypes),
            )
          : await inWorkspace(context, globals, ({ store }) =>
              verifyStore(context, output, store, publicKey),
            )
        output.answer({ verified: true, ...verified }, () =>
          [
            t.verify.ok(
              verified.entries,
              verified.checkpoints,
              verified.verifiedSize,
              verified.root,
            ),
            ...(verified.entries > verified.verifiedSize
              ? [t.verify.unverified(verified.entries - verified.verifiedSize)]
              : []),
          ].join('\n'),
        )
        context.exitCode = EXIT.ok
      } catch (error) {
        if (!isLedgerError(error) || !['VERIFICATION_FAILED', 'INVALID_INPUT'].includes(error.code))
          throw error
        output.answer(
          { verified: false, code: error.code, message: error.message, issues: error.issues },
          () => [t.verify.failed, error.message, ...error.issues.map(issueLine)].join('\n'),
        )
        context.exitCode = EXIT.failed
      }
    })
}

// The verifier key text itself, or a file that holds it. A value that is neither is a usage
// error naming it, never a key that fails every checkpoint as if the export were tampered.
async function keyText(path: string, given: string): Promise<string> {
  if (parseVerifierKey(given.trim()).success) return given.trim()
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (text === undefined)
    throw new UsageError(`--public-key ${given}: no such file, and not a verifier key`)
  if (!parseVerifierKey(text.trim()).success) {
    throw new UsageError(`--public-key ${given}: the file does not hold a verifier key`)
  }
  return text.trim()
}

// Without --public-key, the key of the workspace; without a workspace, say what to pass.
async function workspaceKey(
  context: CliContext,
  globals: Parameters<typeof readWorkspace>[1],
): Promise<string> {
  if (!(await exists(configFile(context.io, globals)))) {
    throw new UsageError(context.t.verify.needKey)
  }
  const workspace = await readWorkspace(context.io, globals, context.language)
  return verifierKey(await readSigningKeyFile(workspace.key))
}

// The host's entry types an export is read with: --entry-types, else the workspace's when
// there is a workspace, else none.
async function exportEntryTypes(
  context: CliContext,
  globals: Parameters<typeof readWorkspace>[1],
  given: string | undefined,
): Promise<EntryCatalogue> {
  if (given !== undefined) return loadEntryTypes(resolve(context.io.cwd, given))
  if (!(await exists(configFile(context.io, globals)))) return builtInCatalogue
  const workspace = await readWorkspace(context.io, globals, context.language)
  return loadEntryTypes(workspace.entryTypes)
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    () => false,
  )
}

async function verifyExport(
  context: CliContext,
  output: Output,
  file: string,
  publicKey: string,
  entryTypes: EntryCatalogue,
): Promise<Verified> {
  const progress = createProgress(context.io.stderr, context.t.verify.progress, !output.json)
  let read = 0
  const counted = async function* () {
    const lines = createInterface({
      input: createReadStream(file),
      crlfDelay: Number.POSITIVE_INFINITY,
    })
    for await (const line of lines) {
      stopIfInterrupted(context)
      read++
      if (read % 1000 === 0) progress.update(read, read)
      yield line
    }
  }
  const store = memoryStore()
  try {
    const imported = await importLedger(store, counted(), {
      publicKey,
      allowUnverified: true,
      // Whether people came along is the exporter's choice; what is there is checked.
      withoutPersonalData: true,
      entryTypes,
    })
    const verifiedSize = Math.max(0, ...(await store.checkpoints()).map((c) => c.size))
    return {
      entries: imported.entries,
      checkpoints: imported.checkpoints,
      verifiedSize,
      root: imported.root,
    }
  } finally {
    progress.update(read, read)
    progress.stop()
  }
}

async function verifyStore(
  context: CliContext,
  output: Output,
  store: EventStore,
  publicKey: string,
): Promise<Verified> {
  const total = await store.head()
  const progress = createProgress(context.io.stderr, context.t.verify.progress, !output.json)
  const entries: EntryEnvelope[] = []
  try {
    for await (const page of store.readAll({ pageSize: 5000 })) {
      stopIfInterrupted(context)
      entries.push(...page)
      progress.update(entries.length, total)
    }
  } finally {
    progress.stop()
  }
  const notes = (await store.checkpoints()).map((c) => c.note)
  if (notes.length === 0) {
    const message = context.t.verify.noCheckpoint
    throw new LedgerError('VERIFICATION_FAILED', message, [
      { code: 'no_checkpoint', path: ['checkpoints'], message },
    ])
  }
  const checked = verifyLedger(entries, notes, publicKey)
  if (!checked.success) {
    const first = checked.issues[0]?.message ?? 'the store did not verify'
    throw new LedgerError('VERIFICATION_FAILED', first, checked.issues)
  }
  const { verifiedSize, checkpoints } = checked.data
  const root = toHex(rootHash(entries.map(entryLeafHash)))
  return { entries: entries.length, checkpoints: checkpoints.length, verifiedSize, root }
}
