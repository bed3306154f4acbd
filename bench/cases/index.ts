import type { BenchCase } from '../harness/benchCase'
import { appendCase } from './append'
import { evaluateCase } from './evaluate'
import { growthCase } from './growth'
import { importRowsCase, importRowsSqliteCase } from './importRows'
import { loadCase } from './load'
import { memoryCase } from './memory'
import { peersCase } from './peers'
import { readCase } from './read'
import { rebuildCase } from './rebuild'
import { registerCase, registerPostgresCase, registerSqliteCase } from './register'
import { reportCase } from './report'
import { storeCases } from './stores'
import { verifyCase } from './verify'
import { writersCase } from './writers'

/** Every case of WORKLOAD.md, in table order: add a case here and nowhere else. */
export const cases: readonly BenchCase[] = [
  appendCase,
  rebuildCase,
  loadCase,
  verifyCase,
  readCase,
  evaluateCase,
  reportCase,
  memoryCase,
  growthCase,
  registerCase,
  importRowsCase,
]

/**
 * The cases named, in the order given; every case, the durable stores' and the writer
 * processes' too (they need PostgreSQL), when none is named; `peers` only when named.
 */
export async function findCases(names: readonly string[]): Promise<BenchCase[]> {
  const all = [
    ...cases,
    ...(await storeCases()),
    registerSqliteCase,
    registerPostgresCase,
    importRowsSqliteCase,
    writersCase,
  ]
  if (names.length === 0) return all
  // Other libraries' stores run only when named: they install packages of their own.
  const named = [...all, peersCase]
  return names.map((name) => {
    const found = named.find((item) => item.name === name)
    if (found === undefined) {
      throw new Error(
        `no case is called ${name}; the cases are ${named.map((item) => item.name).join(', ')}`,
      )
    }
    return found
  })
}
