// The town of the founding document, 2015-2026: nine organizations, their annual reports, an
// evaluation, a commendation, a late report, a penalty and a deregistration; then credit files,
// a checkpoint, a proof that verifies, a tampered copy that does not, the national rules
// deciding and explaining, and a public report. Last, the town's own layer: its 2025 work
// plans, duty reports, assessments and exemplar, recorded with its own entry types and decided
// by its own rules (examples/townYear.ts tells that year in full).
import {
  type CreditFile,
  createLedger,
  createRegister,
  type EntryEnvelope,
  ed25519Signer,
  fixedClock,
  type Ledger,
  verifyEntryInclusion,
  verifyLedger,
} from '../src/index'
import { useNodeCrypto } from '../src/node'
import { readModelsFromArgs, storeFromArgs } from './storeFromArgs'
import { townHistory } from './town/history'
import { town } from './town/organizations'
import { showEvaluation } from './town/showEvaluation'
import { showRegister } from './town/showRegister'
import { showReport } from './town/showReport'
import { showDecisions, showDueDates, showRulesRun } from './town/showRules'
import { showTownLayer } from './town/showTownLayer'
import { year2025 } from './town/year2025'
import { jinshanweiTypes } from './town-pack/jinshanweiTypes'

useNodeCrypto()
const clock = fixedClock('2015-01-01T09:00:00+08:00')
const signer = ed25519Signer('jinshan.example/credit', new Uint8Array(32).fill(7))
const store = await storeFromArgs(process.argv.slice(2))
// The town's own entry types sit beside the built-in catalogue (section 10).
const ledger = createLedger({ store, clock, signer, entryTypes: jinshanweiTypes })

// 1. Record the history as it reached the registry, day by day, publishing a signed
//    checkpoint at the end of each day as a transparency log would. The town's own records of
//    2025 reach the same ledger on their days.
const notes: string[] = []
const days = [...townHistory(), ...year2025()].sort((a, b) =>
  a.recordedOn.localeCompare(b.recordedOn),
)
for (const day of days) {
  clock.set(`${day.recordedOn}T17:00:00+08:00`)
  const entries = typeof day.entries === 'function' ? await day.entries(ledger) : day.entries
  await ledger.append(entries)
  notes.push(await ledger.checkpoint())
}
const head = await ledger.head()
console.log(
  `金山卫镇: ${town.length} organizations, ${head.size} entries, root ${head.root.slice(0, 16)}…\n`,
)

// 2. Every credit file, briefly.
for (const { org } of town) console.log(brief(await ledger.creditFile(org)))

// 3. One file as of two dates: the youth centre's late 2019 report put it on the abnormal list.
const youth = town[6]?.org as string
for (const asOf of ['2020-08-01', '2021-01-01']) {
  const file = await ledger.creditFile(youth, { asOf })
  const listed = file.onAbnormalList
    ? `on the abnormal list since ${file.abnormalList.at(-1)?.listedOn}`
    : 'not on the abnormal list'
  console.log(
    `\nas of ${asOf}: ${file.identity.name} is ${listed}; ${Object.keys(file.annualReports).length} annual reports known`,
  )
}

// 4. Two clocks: the traders' warning took effect on 2021-06-15 but reached the ledger in August.
const traders = town[1]?.org as string
for (const knownAt of ['2021-07-01', '2021-09-01']) {
  const file = await ledger.creditFile(traders, { asOf: '2021-06-30', knownAt })
  console.log(`as of 2021-06-30, as known at ${knownAt}: ${file.penalties.length} penalty on file`)
}

// 5. The latest signed checkpoint and a proof that one entry is in it.
const note = notes.at(-1) as string
console.log(`\ncheckpoint (the last of ${notes.length}):\n${note}`)
const penalty = (await ledger.creditFile(traders)).penalties[0]?.seq as number
const entry = await ledger.entry(penalty)
if (!entry) throw new Error(`entry ${penalty} is missing`)
const proof = await ledger.proveInclusion(penalty)
const proved = verifyEntryInclusion(entry, proof, note, signer.publicKey)
console.log(
  `entry ${penalty} (${entry?.type}) is in the signed tree: ${proved.success} (${proof.path.length} hashes of proof)`,
)

// 6. A tampered copy: someone rewrites the facts of the warning.
const exported = await everyEntry(ledger)
const tampered = exported.map((e) =>
  e.seq === penalty ? { ...e, data: { ...e.data, facts: '无违法事实' } } : e,
)
const caught = verifyEntryInclusion(tampered[penalty] as never, proof, note, signer.publicKey)
console.log(`tampered entry: ${caught.success ? 'accepted' : caught.issues[0]?.message}`)
const whole = verifyLedger(tampered, notes, signer.publicKey)
console.log(`tampered export: ${whole.success ? 'accepted' : whole.issues[0]?.message}`)
if (!proved.success || caught.success || whole.success) process.exit(1)

// 7. The national rules: the registry runs the default pack over the town from 2021 with
//    runRules, day by day as decisions change, applying the automatic ones with their
//    explanations, and lists what falls due in the 30 days after. (Nothing: due dates are as
//    of the run, and the 2024 reports fall due only from 2025-01-01.) A later run resumes from
//    the state kept as JSON, and lists the reports falling due then. Then what the rules
//    decide about the traders on the first run's day, and the day that next changes.
const kept = await showRulesRun(ledger, { from: '2021-01-01' }, '2024-12-20')
showDueDates(kept, 30)
showDueDates(await showRulesRun(ledger, { kept }, '2025-05-10'), 30)
await showDecisions(ledger, traders, '2024-12-20')

// 8. The register over the whole town: the published abnormal list on two days, a name
//    search and the counts, from read models kept beside the entries in the same store.
const register = createRegister({
  store,
  readModels: await readModelsFromArgs(process.argv.slice(2)),
  entryTypes: ledger.entryTypes,
})
await showRegister(register)
await register.close()

// 9. What the public may see of the traders on the last day of 2021, proved item by item:
//    the report, its verification, a softened copy caught on the exact item, the HTML page.
console.log('\n── public report ──')
if (!(await showReport(ledger, traders, { asOf: '2021-12-31', signer, lang: 'zh-CN' })))
  process.exit(1)

// 10. The town's own layer (docs/town-pack.md): the 2025 plans and assessments, what the town's
//     rules decide at the turn of the year, and what the public sees of them.
if (!(await showTownLayer(ledger, signer))) process.exit(1)

// 11. One evaluation from application to certificate under the 2026 measures: the validity the
//     measures give, the duty it leaves the registrar, and a score outside its band refused.
if (!(await showEvaluation(ledger, clock))) process.exit(1)
await ledger.close()

function brief(file: CreditFile): string {
  const kind = {
    social_group: '社会团体',
    social_service_organization: '民办非企业单位',
    foundation: '基金会',
  }
  const years = Object.keys(file.annualReports)
  const parts = [
    `${file.identity.name} (${kind[file.identity.kind as keyof typeof kind] ?? file.identity.kind}, ${file.org})`,
    file.status,
    years.length > 0 ? `reports ${years[0]}-${years.at(-1)}` : 'no reports',
  ]
  if (file.grade)
    parts.push(
      `grade ${file.grade.grade} ${file.grade.valid ? 'valid' : 'expired'} ${file.grade.validTo}`,
    )
  if (file.commendations.length > 0) parts.push(`${file.commendations.length} commendation`)
  if (file.penalties.length > 0) parts.push(`${file.penalties.length} penalty`)
  if (file.abnormalList.length > 0)
    parts.push(
      `abnormal list ${file.abnormalList.map((m) => `${m.listedOn}→${m.removedOn ?? 'now'}`).join(', ')}`,
    )
  if (file.identity.charity) parts.push('charity')
  return `· ${parts.join(' · ')}`
}

async function everyEntry(from: Ledger): Promise<EntryEnvelope<string, object>[]> {
  const all: EntryEnvelope<string, object>[] = []
  for (const { org } of town) {
    for (const entry of await from.entries(org)) all.push({ ...entry, data: entry.data as object })
  }
  return all.sort((a, b) => a.seq - b.seq)
}
