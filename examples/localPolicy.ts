// A town's local layer on top of the national pack, in the spirit of the 2012 town report's
// 奖优淘劣 ("reward the best, weed out the worst"): Jinshanwei proposes a commendation for an
// exemplary organization and keeps its own grants from organizations on the abnormal list.
// The national rules stay as they are; the layered policy has a hash of its own.
import {
  cnPolicy,
  createLedger,
  definePolicy,
  type EntryInput,
  effects,
  entries,
  evaluate,
  fixedClock,
  isEntitled,
  memoryStore,
  type Policy,
  type Rule,
  type RuleSource,
  render,
  rule,
  when,
  where,
} from '../src/index'

// An illustrative local instrument; a real layer cites the town's own measures.
const TOWN_MEASURES: RuleSource = {
  instrument: '《金山卫镇社会组织奖优淘劣办法》（示例）',
  confidence: 'V',
  cite: { zh: '《金山卫镇社会组织奖优淘劣办法》', en: 'Jinshanwei town measures' },
}
const HONOUR = '金山卫镇诚信示范社会组织'
const TOWN_GRANTS = {
  zh: '镇级公益创投优先支持',
  en: 'priority for the town’s public-benefit grants',
}

// Reward the best: three clean years, a valid 3A grade or better, on neither list, and at least
// four activities last year. The town government decides, so the commendation waits for it.
const commendExemplars: Rule = rule({
  id: 'JSW-01',
  title: {
    zh: '诚信守法、作用突出的，推荐表彰为诚信示范社会组织',
    en: 'Exemplary record: propose the town commendation',
  },
  source: { ...TOWN_MEASURES, article: '第五条' },
  effective: { from: '2026-01-01' },
  notes: 'Once a calendar year: an organization commended this year is not proposed again.',
  when: when.all(
    when.active(),
    when.registeredFor({ years: 3 }),
    when.grade({ atLeast: '3A', valid: true }),
    when.none(entries.penalties({ standing: true }), { years: 3 }),
    when.not(when.any(when.onList('abnormal'), when.onList('serious'))),
    when.count(entries.activities(), { window: { calendarYear: 'previous' }, atLeast: 4 }),
    when.none(entries.commendations({ where: where.eq('honour', HONOUR) }), {
      calendarYear: 'current',
    }),
  ),
  // biome-ignore lint/suspicious/noThenProperty: a rule's effects sit under `then`, as the rule language writes them; an array is not callable, so the rule is no thenable.
  then: [
    effects.propose(
      'Commended',
      { honour: HONOUR, level: 'county', awardedBy: '上海市金山区金山卫镇人民政府' },
      { mode: 'needs_decision' },
    ),
    effects.grant('town_grants', TOWN_GRANTS),
  ],
})

// Weed out the worst: while on the abnormal list, no town grants and no town honours (a local
// overlay like JR-03's; the national pack leaves it to local layers).
const barListed: Rule = rule({
  id: 'JSW-02',
  title: {
    zh: '列入活动异常名录的，不予镇级支持和表彰',
    en: 'Abnormal list: no town grants or honours',
  },
  source: { ...TOWN_MEASURES, article: '第八条' },
  effective: { from: '2026-01-01' },
  when: when.onList('abnormal'),
  // biome-ignore lint/suspicious/noThenProperty: a rule's effects sit under `then`, as the rule language writes them; an array is not callable, so the rule is no thenable.
  then: [effects.bar('town_grants', TOWN_GRANTS), effects.bar('commendation')],
})

// The layer: the national settings and rules, the town's rules after them, a name of its own.
function withTownRules(national: Policy, local: readonly Rule[]): Policy {
  const { hash: _nationalHash, rules, ...settings } = national
  return definePolicy({
    ...settings,
    name: 'cn-national+jinshanwei',
    version: `${national.version}+jsw.1`,
    rules: [...rules, ...local],
  })
}
const townPolicy = withTownRules(cnPolicy, [commendExemplars, barListed])
console.log(`national ${cnPolicy.hash.slice(0, 12)}…, town layer ${townPolicy.hash.slice(0, 12)}…`)

// Two organizations of the town, as the district registrar recorded them.
const clock = fixedClock('2019-03-01T09:00:00+08:00')
const ledger = createLedger({ store: memoryStore(), clock })
const registrar = '上海市金山区民政局'
const register = (org: string, name: string): EntryInput => ({
  org,
  type: 'OrganizationRegistered',
  effectiveAt: '2019-03-01',
  by: registrar,
  data: {
    name,
    kind: 'social_group',
    registrar,
    registrarLevel: 'county',
    domicile: '上海市金山区金山卫镇卫清西路100号',
    registeredFunds: 30000,
    certificateNumber: `金社证字第${org.slice(-4)}号`,
  },
})
const exemplar = '51310116MJ4A001370'
const lapsed = '51310116MJ4A00217K'
await ledger.append([register(exemplar, '金山卫镇老年协会'), register(lapsed, '金山卫镇商会')])
clock.set('2026-03-02T09:00:00+08:00')
await ledger.append([
  {
    org: exemplar,
    type: 'EvaluationGraded',
    effectiveAt: '2024-12-20',
    by: registrar,
    data: {
      grade: '4A',
      evaluator: '上海市金山区社会组织评估委员会',
      evaluatorType: 'panel',
      evaluationKind: 'comprehensive',
      announcedOn: '2024-12-20',
      validFrom: '2024-12-20',
      validTo: '2029-12-19',
    },
  },
  ...['2025-03-05', '2025-05-20', '2025-09-09', '2025-12-12'].map(
    (day): EntryInput => ({
      org: exemplar,
      type: 'ActivityHeld',
      effectiveAt: day,
      by: exemplar,
      data: { kind: 'service', description: '为镇内独居老人上门服务' },
    }),
  ),
  {
    org: lapsed,
    type: 'PenaltyImposed',
    effectiveAt: '2026-02-10',
    by: registrar,
    data: {
      sanctions: [{ kind: 'warning' }],
      ground: 'change_not_filed',
      violated: { instrument: '《社会团体登记管理条例》', article: '第三十条' },
      facts: '住所变更后未在规定期限内办理变更登记',
      department: registrar,
      decidedOn: '2026-02-10',
    },
  },
])

const at = '2026-03-02'
const townRules = new Set(['JSW-01', 'JSW-02', 'AB-05'])
for (const org of [exemplar, lapsed]) {
  const decisions = evaluate(townPolicy, await ledger.creditFile(org, { asOf: at }), { at })
  console.log(`\n${org} on ${at}:`)
  for (const decision of decisions.filter((d) => townRules.has(d.rule))) {
    console.log(`  ${render(decision, 'zh')}`)
  }
  console.log(`  town grants: ${isEntitled(decisions, 'town_grants')}`)
}

// The national AB-05 listing is automatic: apply it, and the town's bar follows from it.
const before = evaluate(townPolicy, await ledger.creditFile(lapsed, { asOf: at }), { at })
const applied = await ledger.apply(before.filter((d) => d.rule === 'AB-05'))
console.log(`\napplied: ${applied.map((a) => `${a.decision.rule} ${a.status}`).join(', ')}`)
const after = evaluate(townPolicy, await ledger.creditFile(lapsed, { asOf: at }), { at })
for (const decision of after.filter((d) => d.rule === 'JSW-02'))
  console.log(`  ${render(decision, 'en')}`)
