import type { OrganizationStatus } from '../../events'
import { type Language, languageOf } from '../../language'
import type { ReportBlock, ReportColumn } from '../report/reportBlocks'
import type { ReportSection } from '../report/reportSections'
import { reportLabelsEn } from './reportLabelsEn'
import { reportLabelsZh } from './reportLabelsZh'

/**
 * The languages reports render in.
 *
 * @deprecated use Language
 */
export type ReportLanguage = Language

/** The words of a rendered report in one language, and how it writes dates, money and lists. */
export interface ReportLabels {
  readonly language: Language
  readonly title: string
  readonly org: string
  /** The label of a filing id, which is not a unified social credit code. */
  readonly filingId: string
  readonly asOf: string
  readonly sections: Readonly<Record<ReportSection, string>>
  /** The headings of the page's tables, in the order the page shows them. */
  readonly blocks: Readonly<Record<ReportBlock, string>>
  readonly columns: Readonly<Record<ReportColumn, string>>
  readonly empty: string
  /** Under a table with an item whose fields are not all public. */
  readonly withheldFootnote: string
  /** A day: `2024年6月30日`, `2024-06-30`. */
  readonly date: (day: string) => string
  /** The year a report or an inspection covers: `2016年度`. */
  readonly year: (year: number) => string
  /** An amount of money in yuan: `5,000元`. */
  readonly yuan: (amount: number) => string
  /** Registered funds as the platform writes them: `3万元`. */
  readonly funds: (amount: number) => string
  readonly months: (count: number) => string
  /** Between the values of a list: `、`. */
  readonly listSeparator: string
  /** Between the parts of a value: `；`. */
  readonly separator: string
  /** Between a label and its value: `：`. */
  readonly colon: string
  /** A remark after a value: `（…）`. */
  readonly aside: (text: string) => string
  readonly range: (from: string, to: string) => string
  readonly provision: (instrument: string, article: string | undefined) => string
  /** A particular a change registration altered, with its value before and after. */
  readonly change: (field: string, before: string | undefined, after: string | undefined) => string
  /** An item named for people: its day and title. */
  readonly itemName: (day: string, title: string, ref: string | undefined) => string
  readonly status: StatusLabels
  readonly basic: BasicLabels
  readonly verification: VerificationLabels
  readonly details: DetailsLabels
  readonly underObjection: (since: string) => string
  readonly objectionResolved: (
    since: string,
    on: string,
    outcome: string,
    reason: string | undefined,
  ) => string
  readonly corrected: (on: string) => string
  /** Beside a corrected value: what it was, and the day it was corrected. */
  readonly originally: (value: string, on: string) => string
  readonly correctionHidden: (on: string) => string
  readonly erased: (on: string, basis: string) => string
  readonly amendedBy: (title: string, on: string) => string
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

/** The words of the organization's standing. */
export interface StatusLabels {
  readonly title: string
  readonly registration: string
  readonly states: Readonly<Record<OrganizationStatus | 'certificate_revoked' | 'unknown', string>>
  /** A closed status with the day it took effect. */
  readonly closedOn: (state: string, on: string) => string
  readonly abnormal: string
  readonly serious: string
  readonly debtor: string
  readonly listed: (since: string) => string
  readonly notListed: string
  readonly grade: string
  readonly gradeValid: (grade: string, validTo: string) => string
  readonly noGrade: string
  /** What the standing was worked out from, and as of which day. */
  readonly derived: (asOf: string) => string
}

/** The labels of the basic information the page adds to the payload's own. */
export interface BasicLabels {
  readonly kind: string
  readonly registeredOn: string
  readonly filedOn: string
  readonly funds: string
  readonly charity: string
  readonly charitySince: (on: string, by: string | undefined) => string
  readonly fundraising: string
  readonly fundraisingSince: (on: string, ref: string | undefined) => string
  readonly fundraisingRevoked: (on: string) => string
  readonly none: string
}

/** The words of the verification result and its problems. */
export interface VerificationLabels {
  readonly title: string
  readonly pending: string
  readonly noScript: string
  readonly verified: (items: number, origin: string) => string
  readonly failed: (count: number) => string
  readonly unverified: string
  /** Beside an item that failed. */
  readonly itemFailed: (problem: string) => string
}

/** The words of the collapsed panel for those who check the proofs. */
export interface DetailsLabels {
  readonly summary: string
  readonly intro: string
  readonly format: string
  readonly origin: string
  readonly size: string
  readonly root: string
  readonly policy: string
  readonly policyHash: string
  readonly statement: string
  readonly items: string
  readonly item: string
  readonly seq: string
  readonly leaf: string
  readonly recorded: string
  readonly other: string
  readonly issues: string
  readonly rule: string
  readonly inputs: string
  /** The hash of the rules policy a rule-made entry cites. */
  readonly rulePolicy: string
  readonly amends: string
}

const labelsIn: Readonly<Record<Language, ReportLabels>> = {
  'zh-CN': reportLabelsZh,
  en: reportLabelsEn,
}

/**
 * The words of a report in `lang`, read through `languageOf`: `zh` gives the `zh-CN` words,
 * and anything but a language throws `INVALID_INPUT` (`unknown_language`) at `path`.
 *
 * @example
 * reportLabels('zh-CN').date('2024-06-30') // '2024年6月30日'
 */
export function reportLabels(
  lang: Language,
  path: readonly (string | number)[] = ['lang'],
): ReportLabels {
  return labelsIn[languageOf(lang, path)]
}
