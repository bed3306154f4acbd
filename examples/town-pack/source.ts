// What every rule of the town's layer cites, and the names it uses more than once.
import type { LocalText, RuleSource } from '../../src/index'

/**
 * The founding document: the town's 2012 report, section 三. It is a report, not a legal
 * instrument; the pack reads it as the town's own measures would be written, and marks it
 * local and illustrative wherever a decision cites it. A town adopting the pack cites its own
 * measures instead.
 */
export const FOUNDING_DOCUMENT: RuleSource = {
  instrument: '《加强社会组织建设 提高服务民生水平》（金山卫镇，2012年，镇级报告；地方示例）',
  confidence: 'V',
  cite: {
    zh: '金山卫镇2012年报告（地方示例）',
    en: 'Jinshanwei town report of 2012 (local, illustrative)',
  },
}

/** Section 三, point 一: plans, assessments, duty reports, exemplars, 优胜淘劣 and 有进有出. */
export const INCENTIVES = '三（一）'

/** Section 三, point 三: commendation and support for the trustworthy, 处罚、注销 for the rest. */
export const ASSESSMENT_RESULTS = '三（三）'

/** The town government, which assesses, designates and commends. */
export const TOWN_GOVERNMENT = '上海市金山区金山卫镇人民政府'

/** The honour the town's commendation proposals name. */
export const TOWN_HONOUR = '金山卫镇优秀社会组织'

/** The town's own support (资金、场地、购买服务), granted and barred by its rules. */
export const TOWN_SUPPORT: LocalText = {
  zh: '镇级扶持（资金、场地和购买服务优先）',
  en: 'town support (funds, premises and priority in purchased services)',
}

/** The obligation to file the year's work plan. */
export const FILE_WORK_PLAN: LocalText = {
  zh: '向镇政府报送本年度工作安排',
  en: 'file its work plan for the year with the town',
}

/** The obligation a warning of the town puts on the organization. */
export const HEED_WARNING: LocalText = {
  zh: '按镇政府警示限期改正',
  en: 'heed the town’s warning and put things right',
}

/** The registrar's obligation when the town refers an organization. */
export const REVIEW_REFERRAL: LocalText = {
  zh: '核查镇政府移送的情况，依法处罚或注销',
  en: 'review the town’s referral and act under the regulations (penalty or deregistration)',
}
