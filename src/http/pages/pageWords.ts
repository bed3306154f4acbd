import { reportLabels } from '../../disclosure'
import type { OrganizationStatus } from '../../events'
import type { Language } from '../../language'
import type { RegisterList } from '../../register'

/** The words of the pages in one language; all plain text, escaped where they are used. */
export interface PageWords {
  readonly site: string
  readonly nav: { readonly search: string; readonly verification: string }
  readonly lists: Readonly<Record<RegisterList, string>>
  readonly language: string
  readonly search: {
    readonly heading: string
    readonly intro: string
    readonly label: string
    readonly button: string
    readonly results: (total: number, text: string) => string
    readonly none: string
  }
  readonly list: {
    readonly intro: (list: RegisterList) => string
    readonly onDay: string
    readonly registrar: string
    readonly division: string
    readonly button: string
    readonly count: (total: number, on: string) => string
    readonly none: string
  }
  readonly fields: {
    readonly org: string
    readonly status: string
    readonly kind: string
    readonly registrar: string
    readonly division: string
    readonly formerNames: string
    readonly listedOn: string
    readonly reason: string
  }
  readonly statuses: Readonly<Record<OrganizationStatus, string>>
  readonly kinds: Readonly<Record<string, string>>
  readonly pages: {
    readonly previous: string
    readonly next: string
    readonly range: (from: number, to: number, total: number) => string
  }
  readonly report: { readonly asOf: string; readonly button: string; readonly json: string }
  readonly errors: {
    readonly invalid: string
    readonly notFound: string
    readonly noSuchPage: string
    readonly noSuchOrganization: (id: string) => string
    readonly methodNotAllowed: string
    readonly internal: string
    readonly back: string
  }
}

const zh: PageWords = {
  site: '社会组织信用信息查询',
  nav: { search: '诚信状况查询', verification: '如何验证' },
  lists: { abnormal: '活动异常名录', serious: '严重违法失信名单' },
  language: '语言',
  search: {
    heading: '诚信状况查询',
    intro:
      '输入统一社会信用代码或名称中的几个字，查询社会团体、民办非企业单位（社会服务机构）和基金会的信用信息公示报告。',
    label: '统一社会信用代码或名称',
    button: '查询',
    results: (total, text) => `“${text}”的查询结果：共 ${total} 个组织`,
    none: '没有找到符合条件的社会组织。',
  },
  list: {
    intro: (list) =>
      list === 'abnormal'
        ? '登记管理机关依法列入活动异常名录、在所选日期仍在名录中的社会组织。'
        : '登记管理机关依法列入严重违法失信名单、在所选日期仍在名单中的社会组织。',
    onDay: '日期',
    registrar: '登记管理机关（全称）',
    division: '行政区划代码',
    button: '筛选',
    count: (total, on) => `${on} 在列：共 ${total} 个组织`,
    none: '所选日期没有在列的组织。',
  },
  fields: {
    org: '统一社会信用代码',
    status: '状态',
    kind: '类型',
    registrar: '登记管理机关',
    division: '行政区划',
    formerNames: '曾用名',
    listedOn: '列入日期',
    reason: '列入原因',
  },
  statuses: reportLabels('zh-CN').status.states,
  kinds: {
    social_group: '社会团体',
    social_service_organization: '民办非企业单位（社会服务机构）',
    foundation: '基金会',
    community_group: '社区社会组织',
  },
  pages: {
    previous: '上一页',
    next: '下一页',
    range: (from, to, total) => `第 ${from}–${to} 个，共 ${total} 个`,
  },
  report: { asOf: '查看日期', button: '查看', json: '报告原文（JSON，含证明）' },
  errors: {
    invalid: '请求有误',
    notFound: '未找到',
    noSuchPage: '没有这个页面。',
    noSuchOrganization: (id) => `没有代码为 ${id} 的社会组织的记录。`,
    methodNotAllowed: '本服务只接受 GET 和 HEAD 请求。',
    internal: '服务暂时出错，请稍后再试。',
    back: '返回查询',
  },
}

const en: PageWords = {
  site: 'Social organization credit inquiry',
  nav: { search: 'Status inquiry', verification: 'How to verify' },
  lists: { abnormal: 'Abnormal-activities list', serious: 'Serious illegal and dishonest list' },
  language: 'Language',
  search: {
    heading: 'Integrity status inquiry',
    intro:
      'Enter a unified social credit code or a few characters of a name to find the public credit report of a social group, social service organization or foundation.',
    label: 'Unified social credit code or name',
    button: 'Search',
    results: (total, text) =>
      `Results for “${text}”: ${total} organization${total === 1 ? '' : 's'}`,
    none: 'No organization matches.',
  },
  list: {
    intro: (list) =>
      `Organizations a registrar put on the ${list === 'abnormal' ? 'abnormal-activities list' : 'serious illegal and dishonest list'} that were still on it on the chosen day.`,
    onDay: 'Day',
    registrar: 'Registrar (full name)',
    division: 'Division code',
    button: 'Filter',
    count: (total, on) => `On the list on ${on}: ${total} organization${total === 1 ? '' : 's'}`,
    none: 'No organization was on the list on that day.',
  },
  fields: {
    org: 'Unified social credit code',
    status: 'Status',
    kind: 'Kind',
    registrar: 'Registrar',
    division: 'Division',
    formerNames: 'Former names',
    listedOn: 'Listed on',
    reason: 'Reason',
  },
  statuses: reportLabels('en').status.states,
  kinds: {
    social_group: 'social group',
    social_service_organization: 'social service organization',
    foundation: 'foundation',
    community_group: 'community group',
  },
  pages: {
    previous: 'Previous',
    next: 'Next',
    range: (from, to, total) => `${from}–${to} of ${total}`,
  },
  report: { asOf: 'Show as of', button: 'Show', json: 'The report as JSON, with its proofs' },
  errors: {
    invalid: 'The request is not valid',
    notFound: 'Not found',
    noSuchPage: 'There is no such page.',
    noSuchOrganization: (id) => `There is no record of an organization with the id ${id}.`,
    methodNotAllowed: 'This service answers only GET and HEAD requests.',
    internal: 'Something went wrong on our side; please try again later.',
    back: 'Back to the search',
  },
}

/** The pages' words by language. */
export const pageWords: Readonly<Record<Language, PageWords>> = { 'zh-CN': zh, en }
