import { readFile, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import * as z from 'zod'
import type { Language } from '../language'
import type { CliIo } from './io'
import { messagesIn } from './messages'
import { UsageError } from './usageError'

/** The file `init` writes and every other command reads, unless `--config` names another. */
export const DEFAULT_CONFIG = 'integrity-ledger.json'

/**
 * A workspace: where the ledger is stored, the key that signs its checkpoints, its log name
 * and where the rules run keeps its state. Relative paths are relative to the file.
 */
export const workspaceSchema: z.ZodObject<
  {
    format: z.ZodLiteral<'integrity-ledger/workspace/v1'>
    store: z.ZodString
    key: z.ZodString
    origin: z.ZodString
    rulesState: z.ZodString
    entryTypes: z.ZodOptional<z.ZodString>
  },
  z.core.$strict
> = z.strictObject({
  format: z.literal('integrity-ledger/workspace/v1'),
  /** A SQLite file, or a `postgres://` URL (a `schema` parameter picks the schema). */
  store: z.string().min(1),
  key: z.string().min(1),
  origin: z.string().min(1),
  rulesState: z.string().min(1),
  /** A module whose `entryTypes` export (or default export) lists the host's entry types. */
  entryTypes: z.string().min(1).optional(),
})

/** A workspace configuration as `init` writes it. */
export type Workspace = z.infer<typeof workspaceSchema>

/** A workspace with every path resolved, and the options that override it applied. */
export interface ResolvedWorkspace extends Workspace {
  /** The configuration file it came from. */
  readonly file: string
}

/** The global options that say where the workspace is. */
export interface WorkspaceOptions {
  readonly config?: string | undefined
  readonly store?: string | undefined
  readonly key?: string | undefined
}

/** Where the configuration is: `--config`, `INTEGRITY_LEDGER_CONFIG`, or the default in the working directory. */
export function configFile(io: CliIo, options: WorkspaceOptions): string {
  return resolve(io.cwd, options.config ?? io.env.INTEGRITY_LEDGER_CONFIG ?? DEFAULT_CONFIG)
}

/** Whether a store names PostgreSQL rather than a SQLite file. */
export function isPostgres(store: string): boolean {
  return /^postgres(ql)?:\/\//.test(store)
}

/** Reads and checks the workspace; a missing or malformed one is a usage error. */
export async function readWorkspace(
  io: CliIo,
  options: WorkspaceOptions,
  language: Language,
): Promise<ResolvedWorkspace> {
  const file = configFile(io, options)
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) throw new UsageError(messagesIn(language).errors.noWorkspace(file))
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`)
  }
  const parsed = workspaceSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new UsageError(`${file}: ${issue?.path.join('.')}: ${issue?.message}`)
  }
  const base = dirname(file)
  const at = (path: string) => (isAbsolute(path) ? path : resolve(base, path))
  const store = options.store ?? parsed.data.store
  return {
    ...parsed.data,
    file,
    store: isPostgres(store) ? store : options.store ? resolve(io.cwd, store) : at(store),
    key: options.key ? resolve(io.cwd, options.key) : at(parsed.data.key),
    rulesState: at(parsed.data.rulesState),
    ...(parsed.data.entryTypes === undefined ? {} : { entryTypes: at(parsed.data.entryTypes) }),
  }
}

/**
 * Writes a new configuration, refusing to replace one that exists; readable by its owner only
 * when its store URL holds a password.
 */
export async function writeWorkspace(file: string, workspace: Workspace): Promise<void> {
  const secret = redacted(workspace.store) !== workspace.store
  await writeFile(file, `${JSON.stringify(workspace, null, 2)}\n`, {
    flag: 'wx',
    mode: secret ? 0o600 : 0o644,
  })
}

/** A store as it may be printed: a PostgreSQL URL's password replaced by `***`. */
export function redacted(store: string): string {
  if (!isPostgres(store)) return store
  const url = URL.parse(store)
  if (url === null || url.password === '') return store
  url.password = '***'
  return url.toString()
}
