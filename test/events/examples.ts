import type { EntryData, EntryType } from '../../src/events/catalogue'

/** A realistic payload of every entry type, as a Chinese registrar would record it. */
export const examples: { readonly [T in EntryType]: EntryData<T> } = {
  OrganizationRegistered: {
    name: '上海市浦东新区青少年科技教育促进会',
    kind: 'social_group',
    registrar: '上海市浦东新区民政局',
    registrarLevel: 'county',
    supervisingUnit: '上海市浦东新区科学技术协会',
    domicile: '上海市浦东新区世纪大道1200号3楼',
    registeredFunds: 30000,
    certificateNumber: '浦社证字第1234号',
    scope: '开展青少年科普活动、科技竞赛与教师培训',
  },
  OrganizationFiled: {
    name: '花木街道银发志愿者服务队',
    filingAuthority: '上海市浦东新区花木街道办事处',
    region: '上海市浦东新区花木街道',
    regionCode: '310115',
  },
  RegistrationChanged: {
    changes: [
      {
        field: 'domicile',
        before: '上海市浦东新区世纪大道1200号3楼',
        after: '上海市浦东新区锦绣路88号',
      },
      { field: 'registered_funds', before: 30000, after: 100000 },
      { field: 'legal_representative' },
    ],
  },
  ChangeRegistrationRevoked: {
    ground: 'fraud',
    facts: '该会在办理法定代表人变更登记时提交虚假的会员大会决议',
    department: '上海市浦东新区民政局',
    decidedOn: '2022-08-15',
    basis: { instrument: '《社会团体登记管理条例》', article: '第二十九条' },
  },
  CharityRecognized: { department: '上海市民政局', nationalLevel: false },
  PublicFundraisingQualificationGranted: { department: '上海市民政局' },
  PublicFundraisingQualificationRevoked: {
    reason: 'violation',
    facts: '未按募捐方案使用募得款物',
    department: '上海市民政局',
    basis: { instrument: '《慈善组织公开募捐管理办法》', article: '第二十三条' },
  },
  ActivityHeld: {
    kind: 'general_assembly',
    description: '召开第二届会员代表大会第三次会议，审议年度工作报告和财务报告',
    participants: 86,
  },
  AnnualReportFiled: {
    year: 2023,
    filedWith: 'registrar',
    title: '2023年度工作报告',
    financials: {
      income: 1250000,
      expenditure: 1180000,
      publicBenefitSpending: 960000,
      staffAndAdminCosts: 110000,
    },
    audited: true,
    auditFirm: '上海立信会计师事务所',
  },
  AnnualInspectionConcluded: {
    year: 2023,
    result: 'basically_qualified',
    reasons: ['理事会未按章程规定每年召开两次', '财务凭证不规范'],
    department: '上海市浦东新区民政局',
  },
  RectificationOrdered: {
    source: 'spot_check',
    issues: ['未按规定公开年度财务报告', '会费收取标准未经会员大会通过'],
    deadline: '2024-06-30',
    department: '上海市浦东新区民政局',
  },
  RectificationCompleted: { summary: '已在官网公开2023年度财务报告并召开会员大会表决会费标准' },
  EvaluationGraded: {
    grade: '4A',
    score: 918,
    evaluator: '上海市社会组织评估委员会',
    evaluatorType: 'panel',
    evaluationKind: 'comprehensive',
    announcedOn: '2026-05-20',
    validFrom: '2027-01-01',
    validTo: '2031-12-31',
  },
  GradeDowngraded: {
    from: '4A',
    to: '3A',
    ground: 'consecutive_basically_qualified',
    facts: '连续两年年度检查基本合格',
    department: '上海市民政局',
    coolOffUntil: '2026-09-30',
  },
  GradeCancelled: { ground: 'false_information', department: '上海市民政局' },
  Commended: { honour: '全国先进社会组织', level: 'national', awardedBy: '民政部' },
  PenaltyImposed: {
    sanctions: [{ kind: 'warning' }, { kind: 'fine', amount: 20000 }],
    ground: 'illegal_fees_or_donations',
    violated: { instrument: '《社会团体登记管理条例》', article: '第三十条第一款第（八）项' },
    facts: '违反规定收取会员评比费用共计人民币二万元',
    department: '上海市浦东新区民政局',
    decidedOn: '2024-03-12',
  },
  PenaltyRevoked: { reason: 'reconsideration', department: '上海市浦东新区人民政府' },
  ListedOnAbnormalList: {
    reason: 'annual_report_missing',
    department: '上海市浦东新区民政局',
    basis: { instrument: '《社会组织信用信息管理办法》' },
  },
  RemovedFromAbnormalList: { reason: 'obligation_fulfilled', department: '上海市浦东新区民政局' },
  ListedOnSeriousList: {
    reason: 'abnormal_two_years',
    department: '上海市浦东新区民政局',
    basedOn: [17],
  },
  RemovedFromSeriousList: { reason: 'two_years_clean', department: '上海市浦东新区民政局' },
  DishonestDebtorListed: {
    court: '上海市浦东新区人民法院',
    caseNumber: '（2023）沪0115执12345号',
    obligation: '支付场地租金人民币八万元',
  },
  DishonestDebtorRemoved: { reason: 'obligation_performed', court: '上海市浦东新区人民法院' },
  DisclosurePublished: {
    category: 'financial_report',
    title: '2023年度财务报告',
    body: '本年度收入一百二十五万元，支出一百一十八万元，其中公益活动支出九十六万元。',
    visibility: 'public',
    period: { from: '2023-01-01', to: '2023-12-31' },
  },
  ObjectionFiled: {
    disputes: [41],
    grounds: '2023年度报告已于5月20日报送，列入活动异常名录有误',
    evidence: ['年报报送回执'],
  },
  ObjectionResolved: {
    outcome: 'upheld',
    reason: '经核实，年报已按时报送',
    department: '上海市浦东新区民政局',
  },
  EntryCorrected: {
    fields: { facts: '违反规定收取会员评比费用共计人民币一万八千元' },
    reason: '金额笔误',
  },
  EntryRetracted: { ground: 'duplicate', reason: '同一决定重复录入' },
  PersonalDataErased: { basis: '《个人信息保护法》第四十七条', requestedBy: 'data_subject' },
  Deregistered: {
    reason: 'dissolution',
    liquidationCompletedOn: '2025-04-30',
    department: '上海市浦东新区民政局',
  },
  RegistrationRevoked: {
    kind: 'registration_cancelled',
    ground: 'no_activity_one_year',
    facts: '自取得登记证书之日起一年未开展活动',
    department: '上海市浦东新区民政局',
    decidedOn: '2024-11-05',
  },
  Banned: {
    facts: '被撤销登记后仍以社会团体名义开展活动',
    department: '上海市浦东新区民政局',
    decidedOn: '2025-02-10',
    confiscated: 56000,
  },
}

/** For every type, a field set to a wrong value and the path its issue must have. */
export const wrongFields: {
  readonly [T in EntryType]: {
    readonly patch: Record<string, unknown>
    readonly path: (string | number)[]
  }
} = {
  OrganizationRegistered: {
    patch: { registrarLevel: 'provincial_city' },
    path: ['data', 'registrarLevel'],
  },
  OrganizationFiled: { patch: { regionCode: '31011' }, path: ['data', 'regionCode'] },
  RegistrationChanged: {
    patch: { changes: [{ field: 'legal_representative', after: '张三' }] },
    path: ['data', 'changes', 0, 'after'],
  },
  ChangeRegistrationRevoked: { patch: { decidedOn: '2022-02-30' }, path: ['data', 'decidedOn'] },
  CharityRecognized: { patch: { nationalLevel: '是' }, path: ['data', 'nationalLevel'] },
  PublicFundraisingQualificationGranted: {
    patch: { validTo: '2030/12/31' },
    path: ['data', 'validTo'],
  },
  PublicFundraisingQualificationRevoked: { patch: { reason: 'tired' }, path: ['data', 'reason'] },
  ActivityHeld: { patch: { participants: 0 }, path: ['data', 'participants'] },
  AnnualReportFiled: {
    patch: { financials: { income: 1.5, expenditure: 0 } },
    path: ['data', 'financials', 'income'],
  },
  AnnualInspectionConcluded: { patch: { result: 'good' }, path: ['data', 'result'] },
  RectificationOrdered: { patch: { issues: [] }, path: ['data', 'issues'] },
  RectificationCompleted: { patch: { summary: '' }, path: ['data', 'summary'] },
  EvaluationGraded: { patch: { score: 1001 }, path: ['data', 'score'] },
  GradeDowngraded: { patch: { to: '5A' }, path: ['data', 'to'] },
  GradeCancelled: { patch: { ground: 'bad_luck' }, path: ['data', 'ground'] },
  Commended: { patch: { level: 'township' }, path: ['data', 'level'] },
  PenaltyImposed: {
    patch: { sanctions: [{ kind: 'fine', amount: -1 }] },
    path: ['data', 'sanctions', 0, 'amount'],
  },
  PenaltyRevoked: { patch: { reason: 'mercy' }, path: ['data', 'reason'] },
  ListedOnAbnormalList: { patch: { reason: 'late' }, path: ['data', 'reason'] },
  RemovedFromAbnormalList: { patch: { department: '' }, path: ['data', 'department'] },
  ListedOnSeriousList: { patch: { basedOn: [-1] }, path: ['data', 'basedOn', 0] },
  RemovedFromSeriousList: { patch: { reason: 'five_years' }, path: ['data', 'reason'] },
  DishonestDebtorListed: { patch: { caseNumber: '' }, path: ['data', 'caseNumber'] },
  DishonestDebtorRemoved: { patch: { reason: 'forgiven' }, path: ['data', 'reason'] },
  DisclosurePublished: { patch: { documentSha256: 'ABC' }, path: ['data', 'documentSha256'] },
  ObjectionFiled: { patch: { disputes: [] }, path: ['data', 'disputes'] },
  ObjectionResolved: { patch: { outcome: 'partly' }, path: ['data', 'outcome'] },
  EntryCorrected: { patch: { fields: {} }, path: ['data', 'fields'] },
  EntryRetracted: { patch: { ground: 'whim' }, path: ['data', 'ground'] },
  PersonalDataErased: { patch: { requestedBy: 'anyone' }, path: ['data', 'requestedBy'] },
  Deregistered: { patch: { reason: 'bankrupt' }, path: ['data', 'reason'] },
  RegistrationRevoked: { patch: { kind: 'suspended' }, path: ['data', 'kind'] },
  Banned: { patch: { confiscated: 100.5 }, path: ['data', 'confiscated'] },
}
