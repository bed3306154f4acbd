// The README's five-minute tour, run end to end: each of the README's code blocks is a piece of
// this file, word for word (scripts/check-doc-snippets.mjs checks it). The lines between them
// make the run fail if the tour stops saying what the README says.
import {
  createLedger,
  ed25519Signer,
  fixedClock,
  generateSigningKey,
  memoryStore,
} from '../src/index'

const signer = ed25519Signer('credit.example.gov.cn/jinshan', generateSigningKey())
const clock = fixedClock('2016-05-21T09:00:00+08:00') // systemClock in production
const ledger = createLedger({ store: memoryStore(), clock, signer })

const org = '51310116MJ4A001370' // a USCC; both check characters are verified
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
  personal: [{ role: 'legal_representative', name: '王建国' }], // held beside the ledger, erasable
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
if (!result.success) console.log(result.issues[0])
// { code: 'invalid_check_character', path: ['org', 17],
//   message: "position 18 is 'H' but the check character computed from positions 1-17 is 'K'" }
if (result.success) throw new Error('a wrong check character was accepted')

const file = await ledger.creditFile(org) // now
const then = await ledger.creditFile(org, { asOf: '2015-12-31' }) // as it stood on a date
const known = await ledger.creditFile(org, { asOf: '2016-05-20', knownAt: '2016-05-21' }) // as the registry knew it then
console.log(
  file.status,
  file.grade,
  file.annualReports['2015'],
  file.penalties,
  file.onAbnormalList,
)
if (then.annualReports['2015'] || !known.annualReports['2015']) {
  throw new Error('the annual report was read on the wrong days')
}

import { verifyEntryInclusion, verifyLedger } from '../src/index'

const note = await ledger.checkpoint() // a signed C2SP checkpoint note
const proof = await ledger.proveInclusion(1) // JSON-ready, hex hashes
const entry = await ledger.entry(1) // the annual report
if (entry) console.log(verifyEntryInclusion(entry, proof, note, signer.publicKey)) // { success: true, data: checkpoint }
console.log(verifyLedger(await ledger.entries(org), [note], signer.publicKey)) // an export, with nothing else
if (!entry || !verifyEntryInclusion(entry, proof, note, signer.publicKey).success) {
  throw new Error('entry 1 was not proved')
}

import { cnPolicy, evaluate, nextChange, render } from '../src/index'

const today = await ledger.creditFile(org, { asOf: '2016-06-01' })
const decisions = evaluate(cnPolicy, today, { at: '2016-06-01' })
for (const decision of decisions) console.log(render(decision, 'en'))
// The organization must file the annual report by 2016-05-31 (done): … rule AI-01, Social Group Regulations, Art. 28
await ledger.apply(decisions) // appends automatic proposals, citing rule, policy hash, inputs
const next = nextChange(cnPolicy, today, { from: '2016-06-01' }) // '2017-01-01': when a decision changes next
if (next !== '2017-01-01') throw new Error(`the next change is ${next}`)

import { renderReportText, verifierKey, verifyReport } from '../src/index'

const report = await ledger.publicReport(org, { asOf: '2016-06-01' }) // each item with its proof
const verification = verifyReport(report, { publicKey: verifierKey(signer) }) // nothing else needed
console.log(renderReportText(report, { lang: 'en', verification })) // or renderReportHtml
if (!verification.success) throw new Error('the public report did not verify')

clock.set('2026-01-05T10:00:00+08:00') // ten years on
await ledger.erasePersonalData(org, 0, {
  basis: '《个人信息保护法》第四十七条',
  by: '上海市金山区民政局',
  effectiveAt: '2026-01-05',
})
if ((await ledger.personalData(0)) !== undefined) throw new Error('the people were not erased')

import { useNodeCrypto } from '../src/node'

useNodeCrypto() // SHA-256 and Ed25519 from node:crypto: same bytes, faster
if (!verifyReport(report, { publicKey: verifierKey(signer) }).success) {
  throw new Error('the report no longer verifies with native crypto')
}
