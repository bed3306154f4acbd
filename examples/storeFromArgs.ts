// Chooses the demo's store from its command line: `--store memory` (the default),
// `--store sqlite:register.db` or `--store postgres:postgres://user@host:5432/db?schema=name`.
import * as z from 'zod'
import { LedgerError } from '../src/errors'
import { memoryRegisterStore, type RegisterStore } from '../src/register'
import { type EventStore, memoryStore } from '../src/store'

const storeArgument = z.union([
  z.literal('memory'),
  z.string().regex(/^sqlite:.+/, 'sqlite:FILE names the database file'),
  z.string().regex(/^postgres(ql)?:\/\/.+|^postgres:.+/, 'postgres:URL gives a connection URL'),
])

type Storage =
  | { readonly kind: 'memory' }
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string }

/**
 * The store that `--store` (or `--store=`) asks for: `memory` unless told otherwise. The
 * durable adapters are loaded only when asked for, so the memory default needs neither.
 * A `schema` parameter in a PostgreSQL URL picks the schema (default `integrity_ledger`).
 *
 * @example
 * const store = await storeFromArgs(process.argv.slice(2))
 */
export async function storeFromArgs(argv: readonly string[]): Promise<EventStore> {
  const storage = storageOf(argv)
  if (storage.kind === 'memory') return memoryStore()
  if (storage.kind === 'sqlite') {
    const { sqliteStore } = await import('../src/adapters/sqlite')
    return sqliteStore({ file: storage.file })
  }
  const { postgresStore } = await import('../src/adapters/postgres')
  const { kind: _, ...connection } = storage
  return postgresStore(connection)
}

/** The register's read models beside the store `--store` asks for: in its file, its schema or memory. */
export async function readModelsFromArgs(argv: readonly string[]): Promise<RegisterStore> {
  const storage = storageOf(argv)
  if (storage.kind === 'memory') return memoryRegisterStore()
  if (storage.kind === 'sqlite') {
    const { sqliteRegisterStore } = await import('../src/adapters/sqlite')
    return sqliteRegisterStore({ file: storage.file })
  }
  const { postgresRegisterStore } = await import('../src/adapters/postgres')
  const { kind: _, ...connection } = storage
  return postgresRegisterStore(connection)
}

function storageOf(argv: readonly string[]): Storage {
  const raw = storeArgumentOf(argv) ?? 'memory'
  const parsed = storeArgument.safeParse(raw)
  if (!parsed.success) {
    throw new LedgerError(
      'INVALID_INPUT',
      `--store ${raw}: expected memory, sqlite:FILE or postgres:URL`,
      [
        {
          code: 'invalid_value',
          path: ['--store'],
          message: parsed.error.issues[0]?.message ?? '',
        },
      ],
    )
  }
  const choice = parsed.data
  if (choice === 'memory') return { kind: 'memory' }
  if (choice.startsWith('sqlite:')) return { kind: 'sqlite', file: choice.slice('sqlite:'.length) }
  const url = URL.parse(choice.replace(/^postgres:(?!\/\/)/, ''))
  if (url === null) {
    throw new LedgerError('INVALID_INPUT', `--store ${raw}: the PostgreSQL URL does not parse`)
  }
  const schema = url.searchParams.get('schema')
  url.searchParams.delete('schema')
  return { kind: 'postgres', connectionString: url.toString(), ...(schema ? { schema } : {}) }
}

function storeArgumentOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--store') return argv[i + 1] ?? ''
    if (arg.startsWith('--store=')) return arg.slice('--store='.length)
  }
  return undefined
}
