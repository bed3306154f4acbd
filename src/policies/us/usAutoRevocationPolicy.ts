import { definePolicy, effects, type Policy, type RuleSource, rule, when } from '../../rules'

const IRC_6033J: RuleSource = {
  instrument: 'Internal Revenue Code',
  article: '§6033(j)',
  confidence: 'V-sec',
  cite: { zh: '美国《国内税收法典》第6033(j)条', en: 'IRC §6033(j)' },
}

const RETURN_NOTE =
  'The ledger has no entry type for a Form 990-series return or 990-N notice, so the ' +
  'closest one stands for it: AnnualReportFiled, with year = the tax year. The return is due ' +
  'on 15 May, the 15th day of the 5th month after a calendar tax year ends; a return filed ' +
  'late still counts as filed.'

/**
 * A small US pack, to show that the rules engine is not tied to Chinese law: an exempt
 * organization that files no annual return for three consecutive years loses its exemption by
 * operation of law (IRC §6033(j)), after a notice once two years are missing (Taxpayer First
 * Act 2019). Annual returns are recorded as `AnnualReportFiled`.
 *
 * @example
 * evaluate(usAutoRevocationPolicy, file, { at: '2024-05-16' }) // bars tax_exemption
 */
export const usAutoRevocationPolicy: Policy = definePolicy({
  name: 'us-irc-6033j',
  version: '2026.1',
  convention: 'calendar',
  annualReport: { due: '05-15' },
  rules: [
    rule({
      id: 'US-6033j-notice',
      title: {
        zh: '连续2年未提交年度申报表的，税务机关发出自动撤销预先通知',
        en: 'Two years without an annual return: the IRS sends the notice',
      },
      source: {
        instrument: 'Taxpayer First Act of 2019',
        article: '§3101',
        confidence: 'V-sec',
        cite: { zh: '美国《纳税人优先法》（2019年）', en: 'Taxpayer First Act 2019' },
      },
      effective: { from: '2019-07-01' },
      notes: `${RETURN_NOTE} The IRS is the "registrar" of this pack.`,
      when: when.reports(['missing'], 2),
      then: [
        effects.oblige('send_revocation_notice', 'registrar', {
          title: {
            zh: '发出免税资格自动撤销预先通知',
            en: 'send the notice that exemption will be revoked',
          },
        }),
      ],
    }),
    rule({
      id: 'US-6033j',
      title: {
        zh: '连续3年未提交年度申报表的，免税资格自动撤销',
        en: 'Three years without an annual return: exemption revoked',
      },
      source: IRC_6033J,
      effective: { from: '2007-01-01' },
      notes:
        `${RETURN_NOTE} Revocation is automatic, so it is a bar, not a proposal awaiting anyone. ` +
        'The statute dates it to the due day of the third return; the bar starts the next day, ' +
        'the first day the return is known to be missing. The bar is read from the filings each ' +
        'time: a later return lifts it here, where in law only reinstatement on a new application ' +
        'does, since the ledger has no entry type for the revocation or the reinstatement.',
      when: when.reports(['missing'], 3),
      then: [
        effects.bar('tax_exemption', {
          zh: '联邦所得税免税资格',
          en: 'federal income tax exemption',
        }),
      ],
    }),
  ],
})
