import type { Issue } from '../../errors'
import { fieldLabel } from '../render/formatValue'
import { itemName } from '../render/itemName'
import type { ReportLabels } from '../render/reportLabels'
import type { PublicReport } from '../report/publicReport'
import type { ReportItem } from '../report/reportItem'
import { reportSections } from '../report/reportSections'

/** A verification problem for people: the item it is about, if any, and what is wrong. */
export interface IssueText {
  /** The item named by day and title, never by seq. */
  readonly subject?: string
  readonly problem: string
  readonly seq?: number
}

type Words = {
  readonly item: Record<string, (field: string | undefined) => string>
  readonly report: Record<string, string>
}

const PROOF = ['size_mismatch', 'index_mismatch', 'malformed_proof', 'not_included']

const zh: Words = {
  item: {
    field_changed: (field) =>
      `${field === undefined ? '内容' : `「${field}」`}与签名时不符，可能已被改动`,
    not_committed: (field) => `显示了签名时没有的内容${field === undefined ? '' : `「${field}」`}`,
    missing_salt: () => '缺少核验所需的数据',
    malformed_entry: () => '记录的格式有误，无法核验',
    people_changed: () => '相关人员信息与签名时不符',
    entry_changed: () => '记录与签名时不符，可能已被改动',
    ...Object.fromEntries(PROOF.map((code) => [code, () => '无法证明该记录收录于签名的账本中'])),
    wrong_section: () => '被放在了不属于它的栏目中',
    wrong_org: () => '是其他组织的记录',
    after_as_of: () => '日期晚于本报告的公示日期',
    duplicate: () => '在报告中重复出现',
    notes_changed: () => '附注（异议、更正等）与报告中的记录不符',
    not_public: (field) =>
      `公开了公示规定不允许公开的内容${field === undefined ? '' : `「${field}」`}`,
    other: () => '未通过核验',
  },
  report: {
    policy_mismatch: '本报告依据的公示规定与核验所用的不同',
    statement_mismatch: '本报告在签名后被改动过',
    checkpoint: '本报告的检查点签名无法用所给公钥核验',
    statement: '本报告的签名无法用所给公钥核验',
    forbidden_key: '本报告含有不允许的内容，未予核验',
    malformed_report: '本报告含有不允许的内容，未予核验',
    invalid_options: '核验时给出的参数有误',
    other: '本报告的格式有误，未通过核验',
  },
}

const en: Words = {
  item: {
    field_changed: (field) =>
      `${field === undefined ? 'its content' : `"${field}"`} does not match what was signed; it may have been changed`,
    not_committed: (field) =>
      `it shows something that was not signed${field === undefined ? '' : ` ("${field}")`}`,
    missing_salt: () => 'it lacks the data needed to check it',
    malformed_entry: () => 'the record is malformed and cannot be checked',
    people_changed: () => 'the people named do not match what was signed',
    entry_changed: () => 'the record does not match what was signed; it may have been changed',
    ...Object.fromEntries(
      PROOF.map((code) => [code, () => 'it cannot be proved to be in the signed ledger']),
    ),
    wrong_section: () => 'it is shown in a section it does not belong to',
    wrong_org: () => 'it is a record of another organization',
    after_as_of: () => 'it is dated after the report’s date',
    duplicate: () => 'it is shown twice',
    notes_changed: () =>
      'its notes (objections, corrections…) do not follow from the report’s records',
    not_public: (field) =>
      `it shows something the disclosure rules keep from the public${field === undefined ? '' : ` ("${field}")`}`,
    other: () => 'it failed verification',
  },
  report: {
    policy_mismatch: 'the report cites other disclosure rules than the ones it was checked against',
    statement_mismatch: 'the report was changed after it was signed',
    checkpoint: 'the checkpoint’s signature does not verify with the key given',
    statement: 'the report’s signature does not verify with the key given',
    forbidden_key: 'the report holds content that is not allowed; it was not checked',
    malformed_report: 'the report holds content that is not allowed; it was not checked',
    invalid_options: 'the verification was given wrong options',
    other: 'the report is malformed and failed verification',
  },
}

/**
 * A verification issue in the page's language, by its code: the item it names (by day and
 * title) and what is wrong, or what is wrong with the report as a whole. An unknown code
 * still gets a sentence in the page's language, never the issue's English message.
 */
export function issueText(issue: Issue, report: PublicReport, labels: ReportLabels): IssueText {
  const words = labels.language === 'zh-CN' ? zh : en
  const item = itemAt(issue.path, report)
  if (item !== undefined) {
    const sentence = words.item[issue.code] ?? words.item.other
    return {
      subject: itemName(item, labels),
      problem: (sentence as (field: string | undefined) => string)(fieldAt(issue.path, labels)),
      seq: item.entry.seq,
    }
  }
  const [first] = issue.path
  const key = Object.hasOwn(words.report, issue.code)
    ? issue.code
    : first === 'checkpoint' || first === 'statement'
      ? first
      : 'other'
  return { problem: words.report[key] as string }
}

function itemAt(path: Issue['path'], report: PublicReport): ReportItem | undefined {
  const [first, section, index] = path
  if (first !== 'sections' || typeof index !== 'number') return undefined
  if (!(reportSections as readonly unknown[]).includes(section)) return undefined
  return report.sections[section as (typeof reportSections)[number]][index]
}

// The field an item's issue is about, in words: `data.facts` (or its salt) is 违法事实.
function fieldAt(path: Issue['path'], labels: ReportLabels): string | undefined {
  const rest = path.slice(3)
  if (rest[0] === 'people') return labels.language === 'zh-CN' ? '相关人员信息' : 'the people named'
  const at = rest.indexOf('data')
  const content = rest[0] === 'entry' && ['by', 'ref', 'cause'].includes(String(rest[1]))
  const key = at >= 0 ? rest[at + 1] : content ? rest[1] : undefined
  return typeof key === 'string' ? fieldLabel(key, labels) : undefined
}
