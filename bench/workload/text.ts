import type { Random } from './random'

const encoder = new TextEncoder()

// Phrases of the kind disclosures and reports carry; bodies are cut from runs of them.
const PHRASES: readonly string[] = [
  '本年度共组织开展公益活动十二场，服务群众三千余人次',
  '理事会按照章程规定召开会议，审议通过年度工作计划和财务预算',
  '本会严格执行民间非营利组织会计制度，财务收支情况如下',
  '接受社会捐赠款物均已按照捐赠协议用于指定项目',
  '项目资金实行专款专用，接受审计机构和社会公众监督',
  '会员大会选举产生新一届理事会和监事会成员',
  '组织志愿者深入社区开展助老助残和关爱留守儿童服务',
  '举办行业培训和交流研讨活动，提升从业人员专业能力',
  '按照登记管理机关要求完成年度检查材料报送工作',
  '加强内部治理，修订完善财务管理和信息公开制度',
  '联合有关部门开展政策宣传和公益咨询服务',
  '公开募捐所得款项的使用情况已在统一信息平台公布',
]

/** Text of `minBytes` to `maxBytes` UTF-8 bytes, cut from phrases and ending in a full stop. */
export function chineseText(random: Random, minBytes: number, maxBytes: number): string {
  const target = random.int(minBytes, maxBytes)
  let text = ''
  while (encoder.encode(text).length < target) text += `${random.pick(PHRASES)}，`
  // Every phrase character is three bytes in UTF-8; cut to fit, then close the sentence.
  const characters = Math.max(1, Math.floor(target / 3) - 1)
  return `${text.slice(0, characters)}。`
}

const TOPICS: readonly string[] = [
  '青少年科技教育',
  '老年人福利',
  '乡村振兴',
  '慈善救助',
  '环境保护',
  '文化艺术交流',
  '体育健身',
  '中医药发展',
  '残疾人就业服务',
  '社区治理',
  '法律援助',
  '心理健康',
  '职业技能培训',
  '电子商务',
  '物流',
  '建筑业',
]

const SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  social_group: ['协会', '促进会', '研究会', '联合会', '商会'],
  social_service_organization: ['服务中心', '发展中心', '研究院', '培训学校', '社会工作服务社'],
  foundation: ['基金会', '公益基金会', '慈善基金会'],
}

/** A name such as 深圳市老年人福利促进会, from the registrar's place and the kind. */
export function organizationName(random: Random, place: string, kind: string): string {
  return `${place}${random.pick(TOPICS)}${random.pick(SUFFIXES[kind] ?? ['协会'])}`
}

/** The topic phrase of the business scope. */
export function scopeOf(random: Random): string {
  return `开展${random.pick(TOPICS)}领域的调查研究、咨询服务、业务培训和公益活动`
}
