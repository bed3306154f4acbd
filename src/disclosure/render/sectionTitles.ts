import type { Language } from '../../language'
import type { ReportSection } from '../report/reportSections'

/**
 * The title of each section of a public report, in each language: one module of its own, so
 * that the page's verifier script names a changed item's section in the page's own words
 * without carrying the words of every field.
 */
export const sectionTitles: Readonly<Record<Language, Readonly<Record<ReportSection, string>>>> = {
  'zh-CN': {
    basic: '基本信息',
    notices: '成立、变更、注销登记公告',
    inspections: '年检结果',
    grade: '评估等级',
    donationDeduction: '公益性捐赠税前扣除资格',
    commendations: '表彰奖励',
    servicePurchases: '承接政府购买服务',
    penalties: '行政处罚',
    lists: '活动异常名录和严重违法失信名单',
    disclosures: '年度工作报告和其他信息公开',
    record: '异议、更正和个人信息删除',
  },
  en: {
    basic: 'Basic information',
    notices: 'Founding, change and deregistration notices',
    inspections: 'Annual inspection results',
    grade: 'Evaluation grade',
    donationDeduction: 'Donation deduction qualification',
    commendations: 'Commendations',
    servicePurchases: 'Government purchases of services',
    penalties: 'Administrative penalties',
    lists: 'Abnormal-activities and serious lists',
    disclosures: 'Annual reports and other disclosures',
    record: 'Objections, corrections and erasures',
  },
}
