import { type ReportSection, sectionTitles } from '../disclosure'

/** What a report page says about its own check, in one language. */
export interface VerificationWords {
  /** The report verified against a checkpoint of a log of `size` entries. */
  readonly verified: (size: number) => string
  /** The first problem, and how many there are in all. */
  readonly failed: (first: string, count: number) => string
  /** An item that failed: its place in its section, the section, and its day if readable. */
  readonly itemChanged: (position: number, section: string, day: string | undefined) => string
  readonly sections: Readonly<Record<ReportSection, string>>
  /** A `YYYY-MM-DD` day as readers write it. */
  readonly day: (year: number, month: number, day: number) => string
  readonly checkpoint: string
  readonly statementChanged: string
  readonly statement: string
  readonly malformed: string
  readonly noReport: string
  readonly notJson: string
  readonly noKey: string
  readonly crashed: (why: string) => string
}

// Section titles come from their own small module: reportLabels carries the words of every
// field as well, about 4 KB gzipped that a page's script does not need.
const zh: VerificationWords = {
  verified: (size) => `已核验：本报告与签名检查点一致（日志 ${size} 个条目）`,
  failed: (first, count) => `核验失败：${first}${count > 1 ? `（共 ${count} 处问题）` : ''}`,
  itemChanged: (position, section, day) =>
    `第 ${position} 条记录（${section}${day === undefined ? '' : `，${day}`}）被改动，无法核验`,
  sections: sectionTitles['zh-CN'],
  day: (year, month, day) => `${year}年${month}月${day}日`,
  checkpoint: '签名检查点无法用本页的日志公钥核验',
  statementChanged: '报告内容与签名声明不一致，签名后被改动过',
  statement: '签名声明无法用本页的日志公钥核验',
  malformed: '报告数据格式有误，无法核验',
  noReport: '页面中没有报告数据',
  notJson: '报告数据不是有效的 JSON',
  noKey: '页面中没有日志公钥',
  crashed: (why) => `核验未能完成：${why}`,
}

const en: VerificationWords = {
  verified: (size) =>
    `Verified against the signed checkpoint (${size} ${size === 1 ? 'entry' : 'entries'})`,
  failed: (first, count) =>
    `Verification failed: ${first}${count > 1 ? ` (${count} problems in all)` : ''}`,
  itemChanged: (position, section, day) =>
    `item ${position} (${section}${day === undefined ? '' : `, ${day}`}) was changed and cannot be verified`,
  sections: sectionTitles.en,
  // As the English page writes a day.
  day: (year, month, day) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  checkpoint: "the signed checkpoint does not verify with this page's log key",
  statementChanged: 'the report does not match its signed statement: it was changed after signing',
  statement: "the signed statement does not verify with this page's log key",
  malformed: 'the report data is malformed and cannot be checked',
  noReport: 'the page holds no report data',
  notJson: 'the report data is not valid JSON',
  noKey: 'the page names no log key',
  crashed: (why) => `the check could not be completed: ${why}`,
}

/** The words for a page's language (`<html lang>`): Chinese for `zh-CN` and any `zh`, else English. */
export function verificationWords(lang: string): VerificationWords {
  return /^zh(-|$)/i.test(lang) ? zh : en
}
