import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { sqliteStore } from '../../../src/adapters/sqlite'
import { isLedgerError } from '../../../src/errors'
import { tempDatabase } from './tempFile'

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return isLedgerError(error) ? error.code : String(error)
  }
  return undefined
}

describe('sqliteStore', () => {
  it('refuses options it does not know or cannot use with INVALID_INPUT', () => {
    expect(codeOf(() => sqliteStore({ file: '' }))).toBe('INVALID_INPUT')
    expect(codeOf(() => sqliteStore({ file: 'x.db', synchronous: 'off' } as never))).toBe(
      'INVALID_INPUT',
    )
    expect(codeOf(() => sqliteStore({ file: 'x.db', journal: 'delete' } as never))).toBe(
      'INVALID_INPUT',
    )
  })

  it('reports a file it cannot open as STORE_FAILURE', () => {
    expect(codeOf(() => sqliteStore({ file: '/nonexistent/dir/x.db' }))).toBe('STORE_FAILURE')
  })

  it('leaves no copy of erased personal data in the database file or its journal', async () => {
    const database = tempDatabase()
    const idNumber = '310228196805050024'
    const salt = new Uint8Array(16).fill(9)
    try {
      const store = sqliteStore({ file: database.file })
      const entry = {
        by: 'test',
        data: {},
        effectiveAt: '2024-01-01',
        org: 'A',
        recordedAt: '2024-01-01T00:00:00.000Z',
        schema: 1,
        seq: 0,
        type: 'Tested',
        version: 1,
      }
      const people = [{ role: 'legal_representative', name: '李秀英', idNumber }]
      await store.append({ entries: [entry], personal: [{ seq: 0, salt, people }] })
      const before = await readFile(`${database.file}-wal`)
      expect(before.includes(idNumber)).toBe(true)
      await store.erasePersonal(0)
      await store.close()
      for (const suffix of ['', '-wal']) {
        const bytes = await readFile(database.file + suffix).catch(() => Buffer.alloc(0))
        expect(bytes.includes(idNumber)).toBe(false)
      }
    } finally {
      await database.remove()
    }
  })
})
