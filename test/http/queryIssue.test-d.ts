import { describe, expectTypeOf, it } from 'vitest'
import type { QueryIssueCode } from '../../src/http/queryIssue'
import type { IssueCode } from '../../src/issueCodes'

describe('QueryIssueCode', () => {
  it('is the part of IssueCode the query service answers with, all twelve codes of it', () => {
    expectTypeOf<QueryIssueCode>().toExtend<IssueCode>()
    expectTypeOf<QueryIssueCode>().toEqualTypeOf<
      | 'invalid_text'
      | 'invalid_day'
      | 'after_today'
      | 'invalid_count'
      | 'invalid_division'
      | 'invalid_language'
      | 'invalid_organization_id'
      | 'invalid_list'
      | 'out_of_range'
      | 'missing_parameter'
      | 'repeated_parameter'
      | 'unknown_parameter'
    >()
  })
})
