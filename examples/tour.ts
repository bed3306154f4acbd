// The README's five-minute tour, run end to end.
import {
  cnPolicy,
  createLedger,
  ed25519Signer,
  evaluate,
  fixedClock,
  generateSigningKey,
  memoryStore,
  nextChange,
  render,
  renderReportText,
  verifierKey,
  verifyEntryInclusion,
  verifyLedger,
  verifyReport,
} from '../src/index'

const signer = ed25519Signer('credit.example.gov.cn/jinshan', generateSigningKey())
// The README reads the system clock; the tour fixes it so that every run prints the same.
const clock = fixedClock('2016-05-21T09:00:00+08:00')
const ledger = createLedger({ store: memoryStore(), clock, signer })

const org = '51310116MJ4A001370'
const registration = {
  org,
  type: 'OrganizationRegistered',
  effectiveAt: '2015-03-10',
  by: '上海市金山区民政局',
  data: {
    name: '金山卫镇老年协会',
    kind: 'social_group',
    registrar: '上海市金山区民政局',
    registrarLevel: 'county',
    domicile: '上海市金山区金山卫镇卫清西路100号',
    registeredFunds: 30000,
    certificateNumber: '社0001',
  },
  personal: [{ role: 'legal_representative', name: '王建国' }],
} as const
await ledger.append(registration)
await ledger.append(
  {
    org,
    type: 'AnnualReportFiled',
    effectiveAt: '2016-05-20',
    by: org,
    data: { year: 2015, filedWith: 'registrar' },
  },
  { expectedVersion: 1, idempotencyKey: 'report-2015' },
)

const result = await ledger.safeAppend({ ...registration, org: '53100000500020462H' })
if (result.success) throw new Error('a wrong check character was accepted')
console.log(result.issues[0])

const file = await ledger.creditFile(org)
const then = await ledger.creditFile(org, { asOf: '2015-12-31' })
console.log(file.status, Object.keys(file.annualReports), Object.keys(then.annualReports))

const note = await ledger.checkpoint()
const entry = await ledger.entry(1)
if (!entry) throw new Error('entry 1 is missing')
console.log(
  verifyEntryInclusion(entry, await ledger.proveInclusion(1), note, signer.publicKey).success,
)
console.log(verifyLedger(await ledger.entries(org), [note], signer.publicKey).success)

const today = await ledger.creditFile(org, { asOf: '2016-06-01' })
const decisions = evaluate(cnPolicy, today, { at: '2016-06-01' })
for (const decision of decisions) console.log(render(decision, 'en'))
console.log((await ledger.apply(decisions)).map((applied) => applied.status)) // ['not_a_proposal']
console.log(nextChange(cnPolicy, today, { from: '2016-06-01' }))

const report = await ledger.publicReport(org, { asOf: '2016-06-01' })
const verification = verifyReport(report, { publicKey: verifierKey(signer) })
console.log(renderReportText(report, { lang: 'en', verification }))
if (!verification.success) throw new Error('the public report did not verify')

clock.set('2026-01-05T10:00:00+08:00')
await ledger.erasePersonalData(org, 0, {
  basis: '《个人信息保护法》第四十七条',
  by: '上海市金山区民政局',
  effectiveAt: '2026-01-05',
})
console.log(await ledger.personalData(0))
