import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { organizationIdSchema } from '../../src/identity/organizationIdSchema'
import { parseOrganizationId } from '../../src/identity/parseOrganizationId'

const entry = z.object({ org: organizationIdSchema })

describe('organizationIdSchema', () => {
  it('accepts both schemes and outputs the string unchanged', () => {
    expect(organizationIdSchema.parse('52440300MJL186084F')).toBe('52440300MJL186084F')
    expect(entry.parse({ org: 'F-310116-2021-0042' })).toEqual({ org: 'F-310116-2021-0042' })
  })

  it('reports the same messages and codes as parseOrganizationId, under the field path', () => {
    const result = entry.safeParse({ org: 'B3100000500021676K' })
    expect(result.success).toBe(false)
    const parsed = parseOrganizationId('B3100000500021676K')
    const expected = parsed.success ? [] : parsed.issues
    expect(result.error?.issues).toEqual(
      expected.map((issue) =>
        expect.objectContaining({
          code: 'custom',
          path: ['org', ...issue.path],
          message: issue.message,
          params: { code: issue.code },
        }),
      ),
    )
  })

  it('rejects a value that is not a string before looking at it', () => {
    const result = entry.safeParse({ org: 531 })
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'invalid_type', path: ['org'] }),
    ])
  })
})
