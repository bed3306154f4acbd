import { describe, expect, it } from 'vitest'
import {
  isLedgerError,
  type LedgerError,
  type LedgerErrorCode,
  type PlainIssueCode,
} from '../src/errors'
import { filingId } from '../src/identity'
import { issueCodes } from '../src/issueCodes'
import { issueErrorCodes } from '../src/issueErrorCodes'
import { toLedgerError } from '../src/ledger/toLedgerError'
import { cnHolidays } from '../src/policies'
import { fromBase64, fromHex } from '../src/proof'
import { addWorkingDays } from '../src/time'

// The codes only a refused append gives its error, each from one issue.
const APPEND_CODES: ReadonlySet<LedgerErrorCode> = new Set<LedgerErrorCode>([
  'UNKNOWN_ORGANIZATION',
  'ALREADY_REGISTERED',
  'ORGANIZATION_CLOSED',
  'AMENDS_UNKNOWN_ENTRY',
  'AMENDS_WRONG_TYPE',
  'DISPUTES_UNKNOWN_ENTRY',
  'KIND_MISMATCH',
  'VERSION_CONFLICT',
  'CLOCK_BEHIND',
  'IDEMPOTENCY_MISMATCH',
])

function thrownBy(run: () => unknown): LedgerError {
  try {
    run()
  } catch (error) {
    if (isLedgerError(error)) return error
    throw error
  }
  throw new Error('expected a LedgerError')
}

describe('issueErrorCodes', () => {
  it('maps exactly the codes of issueCodes', () => {
    expect(Object.keys(issueErrorCodes).sort()).toEqual([...issueCodes].sort())
  })

  it('agrees with the code a refused append gives its error, issue by issue', () => {
    const disagreeing = issueCodes.flatMap((code) => {
      // A path off the organization's id, so that only the code decides.
      const issue = { code: code as PlainIssueCode, path: ['data'], message: 'refused' }
      const thrown = toLedgerError([issue], 'append').code
      const listed = issueErrorCodes[code]
      const agrees = APPEND_CODES.has(listed) ? thrown === listed : thrown === 'INVALID_INPUT'
      return agrees ? [] : [`${code}: append throws ${thrown}, the table says ${listed}`]
    })
    expect(disagreeing).toEqual([])
  })

  it('agrees with the errors the library throws', () => {
    const errors = [
      thrownBy(() => filingId('310116', '')),
      thrownBy(() => addWorkingDays('2026-12-28', 5, cnHolidays)),
      thrownBy(() => fromHex('abc')),
      thrownBy(() => fromBase64('not base64')),
      thrownBy(() => addWorkingDays('2024-01-01', 1.5, cnHolidays)),
    ]
    for (const error of errors) {
      const first = error.issues[0]
      expect(first).toBeDefined()
      if (first !== undefined) expect(error.code).toBe(issueErrorCodes[first.code])
    }
  })
})
