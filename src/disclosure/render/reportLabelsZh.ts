import type { ReportLabels } from './reportLabels'
import { fieldWordsZh, valueWordsZh } from './reportWordsZh'
import { sectionTitles } from './sectionTitles'

// Dates as 2024年6月30日; full-width punctuation; a space between a word and a value set into
// it ("有效期至 2027年12月31日"), none after the value.
function date(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (match === null) return day
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}

function grouped(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** The words of a report in Chinese. */
export const reportLabelsZh: ReportLabels = {
  language: 'zh-CN',
  title: '社会组织信用信息公示报告',
  org: '统一社会信用代码',
  filingId: '备案编号',
  asOf: '公示日期',
  sections: sectionTitles['zh-CN'],
  blocks: {
    basic: '基本信息',
    notices: '变更、注销登记',
    inspections: '年检结果',
    annualReports: '年度工作报告',
    grade: '评估等级',
    donationDeduction: '公益性捐赠税前扣除资格',
    commendations: '表彰奖励',
    servicePurchases: '承接政府购买服务',
    penalties: '行政处罚',
    lists: '活动异常名录和严重违法失信名单',
    disclosures: '其他信息公开',
    record: '异议、更正和个人信息删除',
  },
  columns: {
    date: '日期',
    matter: '事项',
    details: '内容',
    notes: '备注',
    year: '年度',
    result: '结论',
    authority: '决定机关',
    title: '标题',
    filedWith: '报送机关',
    grade: '等级',
    validity: '有效期',
    evaluator: '评估机构',
    honour: '荣誉称号',
    level: '级别',
    decisionNo: '决定书文号',
    facts: '违法事实',
    basis: '处罚依据',
    sanctions: '处罚结果',
    list: '名录',
    listedOn: '列入日期',
    listReason: '列入原因',
    removedOn: '移出日期',
    removalReason: '移出原因',
    category: '类别',
    concerns: '涉及事项',
    project: '项目名称',
    buyer: '购买主体',
    mode: '购买方式',
    amount: '金额',
    term: '服务期限',
    departments: '确认部门',
  },
  empty: '无',
  withheldFootnote: '注：依公示规定，部分内容不予公开。',
  date,
  year: (year) => `${year}年度`,
  yuan: (amount) => `${grouped(amount)}元`,
  funds: (amount) =>
    amount >= 10000 && amount % 100 === 0
      ? `${String(amount / 10000)}万元`
      : `${grouped(amount)}元`,
  months: (count) => `${count}个月`,
  listSeparator: '、',
  separator: '；',
  colon: '：',
  aside: (text) => `（${text}）`,
  range: (from, to) => `${date(from)}至${date(to)}`,
  provision: (instrument, article) => `${instrument}${article ?? ''}`,
  change: (field, before, after) =>
    before === undefined && after === undefined
      ? field
      : before === undefined
        ? `${field}变更为${after ?? '无'}`
        : `${field}由${before}变更为${after ?? '无'}`,
  itemName: (day, title, ref) => `${date(day)}${title}${ref === undefined ? '' : `（${ref}）`}`,
  status: {
    title: '信用状态',
    registration: '登记状态',
    states: {
      active: '存续',
      deregistered: '已注销',
      revoked: '已撤销',
      certificate_revoked: '已吊销登记证书',
      banned: '已取缔',
      unknown: '无法确定',
    },
    closedOn: (state, on) => `${state}（${date(on)}）`,
    abnormal: '活动异常名录',
    serious: '严重违法失信名单',
    debtor: '失信被执行人名单',
    listed: (since) => `已列入（自 ${date(since)}起）`,
    notListed: '未列入',
    grade: '评估等级',
    gradeValid: (grade, validTo) => `${grade}（有效期至 ${date(validTo)}）`,
    noGrade: '无有效评估等级',
    derived: (asOf) => `以上状态依据本报告公示的记录得出，截至 ${date(asOf)}。`,
  },
  basic: {
    kind: '社会组织类型',
    registeredOn: '成立登记日期',
    filedOn: '备案日期',
    funds: '注册资金',
    charity: '慈善组织',
    charitySince: (on, by) => `是（${date(on)}${by === undefined ? '' : `由${by}`}认定）`,
    fundraising: '公开募捐资格',
    fundraisingSince: (on, ref) =>
      `具备（${date(on)}取得${ref === undefined ? '' : `，证书编号 ${ref}`}）`,
    fundraisingRevoked: (on) => `已被吊销（${date(on)}）`,
    none: '无',
  },
  verification: {
    title: '核验结果',
    pending: '正在核验…',
    noScript: '本页需运行脚本才能在浏览器中核验。',
    verified: (items, origin) =>
      `核验通过：本报告 ${items} 项记录均与 ${origin} 签名的账本一致，未被改动。`,
    failed: (count) => `核验未通过：发现 ${count} 处问题，本报告的内容不可信。`,
    unverified: '未核验：本页未附核验结果。',
    itemFailed: (problem) => `核验未通过：${problem}`,
  },
  details: {
    summary: '核验详情',
    intro: '以下信息供核验本报告使用：每项记录在账本中的序号和叶哈希，以及签名的检查点和公示规定。',
    format: '报告格式',
    origin: '检查点签名方',
    size: '账本记录数',
    root: '根哈希',
    policy: '公示规定',
    policyHash: '公示规定哈希',
    statement: '报告签名',
    items: '各项记录',
    item: '事项',
    seq: '序号',
    leaf: '叶哈希',
    recorded: '记录方和记录时间',
    other: '其他',
    issues: '核验问题（代码和位置）',
    rule: '规则',
    inputs: '规则输入条目',
    rulePolicy: '规则政策哈希',
    amends: '修正条目',
  },
  underObjection: (since) => `异议中（自 ${date(since)}起）`,
  objectionResolved: (since, on, outcome, reason) =>
    `${date(since)}提出的异议已于 ${date(on)}处理：${outcome}${reason === undefined ? '' : `，${reason}`}`,
  corrected: (on) => `已于 ${date(on)}更正`,
  originally: (value, on) => `原为：${value}，${date(on)}更正`,
  correctionHidden: (on) => `已于 ${date(on)}更正（更正内容不公开）`,
  erased: (on, basis) => `个人信息已于 ${date(on)}依据${basis}删除`,
  amendedBy: (title, on) => `${date(on)}${title}`,
  migrated: (on, source) =>
    source === undefined
      ? `迁移记录：原系统于 ${date(on)}登记`
      : `迁移记录：原系统「${source}」于 ${date(on)}登记`,
  person: '相关人员',
  idNumber: '身份证件号码',
  yes: '是',
  no: '否',
  fields: fieldWordsZh,
  values: valueWordsZh,
}
