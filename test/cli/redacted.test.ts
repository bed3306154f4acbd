import { describe, expect, it } from 'vitest'
import { redacted } from '../../src/cli/workspace'

describe('a store as the command line prints it', () => {
  it('never shows the password of a PostgreSQL URL', () => {
    expect(redacted('postgres://clerk:s3cret@db.example:5432/register?schema=jinshan')).toBe(
      'postgres://clerk:***@db.example:5432/register?schema=jinshan',
    )
    expect(redacted('postgres://clerk@db.example/register')).toBe(
      'postgres://clerk@db.example/register',
    )
    expect(redacted('/srv/register/ledger.db')).toBe('/srv/register/ledger.db')
  })
})
