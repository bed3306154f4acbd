import type { ReportSection } from './reportSections'
import { fieldWordsZh, valueWordsZh } from './reportWordsZh'

/** The languages reports render in. */
export type ReportLanguage = 'zh-CN' | 'en'

/** The words of a rendered report in one language. */
export interface ReportLabels {
  /** Which of an entry type's titles to use. */
  readonly language: 'zh' | 'en'
  readonly title: string
  readonly org: string
  readonly asOf: string
  readonly checkpoint: string
  readonly policy: string
  readonly sections: Readonly<Record<ReportSection, string>>
  readonly empty: string
  readonly entry: string
  readonly verified: (items: number, origin: string, size: number) => string
  readonly failed: (count: number) => string
  readonly unverified: string
  readonly itemFailed: string
  readonly underObjection: (since: string) => string
  readonly objectionResolved: (since: string, on: string, outcome: string) => string
  readonly corrected: (on: string) => string
  readonly originally: (value: string, seq: number) => string
  readonly correctionHidden: (on: string) => string
  readonly erased: (on: string, basis: string) => string
  readonly amendedBy: (title: string, on: string) => string
  readonly withheld: string
  /** Beside an entry carried over from another system: the day it recorded it, and its name. */
  readonly migrated: (on: string, source: string | undefined) => string
  /** The label of a person shown without their role. */
  readonly person: string
  readonly idNumber: string
  readonly yes: string
  readonly no: string
  readonly fields: Readonly<Record<string, string>>
  readonly values: Readonly<Record<string, string>>
}

const sectionsZh: Record<ReportSection, string> = {
  basic: '基本信息',
  notices: '成立、变更、注销登记公告',
  inspections: '年检结果',
  grade: '评估等级',
  commendations: '表彰奖励',
  penalties: '行政处罚',
  lists: '活动异常名录和严重违法失信名单',
  disclosures: '年度工作报告和其他信息公开',
  record: '异议、更正和个人信息删除',
}

const sectionsEn: Record<ReportSection, string> = {
  basic: 'Basic information',
  notices: 'Founding, change and deregistration notices',
  inspections: 'Annual inspection results',
  grade: 'Evaluation grade',
  commendations: 'Commendations',
  penalties: 'Administrative penalties',
  lists: 'Abnormal-activities and serious lists',
  disclosures: 'Annual reports and other disclosures',
  record: 'Objections, corrections and erasures',
}

/** The words of a report in Chinese and in English. */
export const reportLabels: Readonly<Record<ReportLanguage, ReportLabels>> = {
  'zh-CN': {
    language: 'zh',
    title: '社会组织信用信息公示报告',
    org: '统一社会信用代码',
    asOf: '公示日期',
    checkpoint: '检查点',
    policy: '公示政策',
    sections: sectionsZh,
    empty: '无',
    entry: '条目',
    verified: (items, origin, size) =>
      `验证通过：${items} 项均已对照 ${origin} 签名的检查点（共 ${size} 条）核验。`,
    failed: (count) => `验证失败：发现 ${count} 处问题。`,
    unverified: '未验证。',
    itemFailed: '验证失败',
    underObjection: (since) => `异议中（自 ${since} 起）`,
    objectionResolved: (since, on, outcome) => `${since} 提出的异议已于 ${on} 处理：${outcome}`,
    corrected: (on) => `已于 ${on} 更正`,
    originally: (value, seq) => `原为：${value}，条目 ${seq} 更正`,
    correctionHidden: (on) => `已于 ${on} 更正（更正内容不公开）`,
    erased: (on, basis) => `个人信息已于 ${on} 依据${basis}删除`,
    amendedBy: (title, on) => `${on} ${title}`,
    withheld: '部分内容不予公开',
    migrated: (on, source) =>
      source === undefined
        ? `迁移记录：原系统于 ${on} 登记`
        : `迁移记录：原系统「${source}」于 ${on} 登记`,
    person: '相关人员',
    idNumber: '身份证件号码',
    yes: '是',
    no: '否',
    fields: fieldWordsZh,
    values: valueWordsZh,
  },
  en: {
    language: 'en',
    title: 'Public credit report of a social organization',
    org: 'Unified social credit code',
    asOf: 'As of',
    checkpoint: 'Checkpoint',
    policy: 'Disclosure policy',
    sections: sectionsEn,
    empty: 'None',
    entry: 'entry',
    verified: (items, origin, size) =>
      `Verified: all ${items} items are proved against the checkpoint signed by ${origin} at size ${size}.`,
    failed: (count) => `Verification failed: ${count} problem${count === 1 ? '' : 's'}.`,
    unverified: 'Not verified.',
    itemFailed: 'failed verification',
    underObjection: (since) => `under objection since ${since}`,
    objectionResolved: (since, on, outcome) =>
      `the objection of ${since} was resolved on ${on}: ${outcome}`,
    corrected: (on) => `corrected on ${on}`,
    originally: (value, seq) => `originally ${value}; corrected by entry ${seq}`,
    correctionHidden: (on) => `corrected on ${on} (the corrected values are not public)`,
    erased: (on, basis) => `personal data erased on ${on} under ${basis}`,
    amendedBy: (title, on) => `${title} on ${on}`,
    withheld: 'some fields are not public',
    migrated: (on, source) => `Migrated: recorded by ${source ?? 'another system'} on ${on}`,
    person: 'person',
    idNumber: 'id number',
    yes: 'yes',
    no: 'no',
    fields: {},
    values: {},
  },
}
