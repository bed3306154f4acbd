import { describe, expectTypeOf, it } from 'vitest'
import type * as z from 'zod'
import type { BaseIssue, Issue } from '../src/errors'
import type { IssueCode } from '../src/issueCodes'

describe('IssueCode', () => {
  it('is the code of every issue', () => {
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode>()
  })

  it('takes in every code zod gives', () => {
    expectTypeOf<z.core.$ZodIssue['code']>().toExtend<IssueCode>()
  })

  it('refuses a misspelt code', () => {
    // @ts-expect-error no issue is coded invalid_check_char
    const misspelt: Issue = { code: 'invalid_check_char', path: [], message: '' }
    expectTypeOf(misspelt).toEqualTypeOf<Issue>()
  })
})

describe('Issue', () => {
  it('narrows to the shape of its kind by code', () => {
    const describe = (issue: Issue): string => {
      if (issue.code === 'outside_calendar') {
        expectTypeOf(issue.year).toEqualTypeOf<number>()
        return `add ${issue.year}`
      }
      // @ts-expect-error only an outside_calendar issue has a year
      issue.year
      return issue.message
    }
    expectTypeOf(describe).returns.toEqualTypeOf<string>()
  })

  it('is assignable from what callers build: the three fields, or a kind narrowed by BaseIssue', () => {
    const plain: Issue = { code: 'version_conflict', path: ['expectedVersion'], message: '' }
    const narrowed: BaseIssue<'invalid_check_character'> = {
      code: 'invalid_check_character',
      path: [17],
      message: '',
    }
    expectTypeOf(plain).toExtend<Issue>()
    expectTypeOf(narrowed).toExtend<Issue>()
    // @ts-expect-error an outside_calendar issue names the year to add
    const yearless: Issue = { code: 'outside_calendar', path: [], message: '' }
    expectTypeOf(yearless).toExtend<Issue>()
  })
})
