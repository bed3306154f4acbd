import { describe, expect, it } from 'vitest'
import { reportProblems } from '../../src/browser/reportProblems'
import { verificationWords } from '../../src/browser/verificationWords'
import type { Issue, PlainIssueCode } from '../../src/errors'

const en = verificationWords('en')
const issue = (path: Issue['path'], code: PlainIssueCode = 'entry_changed'): Issue => ({
  code,
  path,
  message: '',
})
const item = (seq: unknown, effectiveAt: unknown) => ({ entry: { seq, effectiveAt } })

describe('reportProblems', () => {
  it("makes one problem of an item's issues, items first, and each whole-report problem once", () => {
    const report = {
      sections: { penalties: [item(4, '2021-05-01'), item(9, '2021-05-01T23:30:00Z')] },
    }
    const issues = [
      issue(['statement'], 'statement_mismatch'),
      issue(['sections', 'penalties', 1, 'entry']),
      issue(['sections', 'penalties', 1, 'notes'], 'notes_changed'),
      issue(['checkpoint'], 'bad_signature'),
      issue(['statement'], 'statement_mismatch'),
    ]
    expect(reportProblems(report, issues, en)).toEqual({
      problems: [
        // An instant's day is its day in China Standard Time.
        'item 2 (Administrative penalties, 2021-05-02) was changed and cannot be verified',
        'the report does not match its signed statement: it was changed after signing',
        "the signed checkpoint does not verify with this page's log key",
      ],
      tampered: [9],
    })
  })

  it('names an item it cannot read by its place alone, and marks no row for it', () => {
    const hostile = Object.create({ sections: { basic: [item(0, '2016-03-01')] } })
    for (const report of [hostile, { sections: { basic: [item('0', 'yesterday')] } }, null]) {
      expect(reportProblems(report, [issue(['sections', 'basic', 0, 'entry', 'seq'])], en)).toEqual(
        {
          problems: ['item 1 (Basic information) was changed and cannot be verified'],
          tampered: [],
        },
      )
    }
  })

  it('calls a problem outside any item malformed data', () => {
    const issues = [issue(['sections', 'elsewhere', 0]), issue(['sections']), issue(['org'])]
    expect(reportProblems({}, issues, verificationWords('zh-CN')).problems).toEqual([
      '报告数据格式有误，无法核验',
    ])
  })
})
