import type { RuleSource } from '../../rules'

// Citations shared by the national rules. Confidence follows the domain catalogue: `V` read in
// the legal text, `V-sec` read in a secondary source, `R` recalled.

/** 《社会组织信用信息管理办法》 (MCA Order No. 60, in force 2018-01-24): the two lists. */
export const ORDER_60: RuleSource = {
  instrument: '《社会组织信用信息管理办法》',
  confidence: 'V-sec',
  cite: { zh: '《社会组织信用信息管理办法》', en: 'Order 60' },
}

/** The day Order 60 took effect. */
export const ORDER_60_FROM = '2018-01-24'

/** Order 60 where the catalogue only saw the 2017 public-comment draft. */
export function order60Draft(article: string): RuleSource {
  return {
    instrument: '《社会组织信用信息管理办法》（2017年征求意见稿）',
    article,
    confidence: 'V-sec',
    cite: {
      zh: `《社会组织信用信息管理办法》征求意见稿${article}`,
      en: `Order 60 (2017 draft), ${article}`,
    },
  }
}

/** 《社会组织评估管理办法》 (MCA Order No. 39, 2011-03-01 to 2026-02-28), at an article. */
export function order39(article: string, en: string): RuleSource {
  return {
    instrument: '《社会组织评估管理办法》（民政部令第39号）',
    article,
    confidence: 'V',
    cite: { zh: `《社会组织评估管理办法》${article}`, en: `Order 39, ${en}` },
  }
}

/** The revised evaluation measures in force from 2026-03-01; article numbers not yet seen. */
export const EVALUATION_2026: RuleSource = {
  instrument: '《社会组织评估管理办法》（2026年修订）',
  confidence: 'V-sec',
  cite: { zh: '《社会组织评估管理办法》（2026年修订）', en: 'Evaluation Measures (2026)' },
}

/** The day the 2024 public-fundraising measures (MCA Order No. 74) took effect. */
export const FUNDRAISING_2024_FROM = '2024-09-05'

/** The day the Charity Law took effect. */
export const CHARITY_LAW_FROM = '2016-09-01'

/** 《慈善组织公开募捐管理办法》 (MCA Order No. 74, 2024), at an article. */
export function order74(article: string, en: string): RuleSource {
  return {
    instrument: '《慈善组织公开募捐管理办法》（民政部令第74号）',
    article,
    confidence: 'V',
    cite: { zh: `《慈善组织公开募捐管理办法》${article}`, en: `Order 74, ${en}` },
  }
}

/** 《中华人民共和国慈善法》, at an article. */
export function charityLaw(article: string, en: string, confidence: 'V' | 'R' = 'V'): RuleSource {
  return {
    instrument: '《中华人民共和国慈善法》',
    article,
    confidence,
    cite: { zh: `《慈善法》${article}`, en: `Charity Law, ${en}` },
  }
}

/** A registration regulation of the State Council, at an article. */
export function regulation(instrument: string, article: string, en: string): RuleSource {
  return { instrument, article, confidence: 'V', cite: { zh: `${instrument}${article}`, en } }
}

/** 《社会团体登记管理条例》 (2016). */
export const SOCIAL_GROUPS = '《社会团体登记管理条例》'
/** 《民办非企业单位登记管理暂行条例》 (1998). */
export const SOCIAL_SERVICE = '《民办非企业单位登记管理暂行条例》'
/** 《基金会管理条例》 (2004). */
export const FOUNDATIONS = '《基金会管理条例》'

/** The Foundation Regulations, promulgated 2004-03-08, took effect on 2004-06-01 (their last article). */
export const FOUNDATIONS_FROM = '2004-06-01'

/** 财政部 税务总局 民政部公告2020年第27号 on the donation pre-tax deduction, at an article. */
export function deductionNotice(article: string, en: string): RuleSource {
  return {
    instrument: '《财政部 税务总局 民政部关于公益性捐赠税前扣除有关事项的公告》（2020年第27号）',
    article,
    confidence: 'V-sec',
    cite: {
      zh: `财政部 税务总局 民政部公告2020年第27号${article}`,
      en: `MOF/STA/MCA Notice 2020 No. 27, ${en}`,
    },
  }
}

/** The 2020 notice on the donation deduction applies from 2020-01-01 (its last article). */
export const DEDUCTION_NOTICE_FROM = '2020-01-01'
