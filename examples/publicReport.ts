// The public report of the town's traders' association, which was warned in 2021 and objected:
// printed as text, verified with nothing but the report and the log's key, tampered with and
// caught on the exact item, and written out as a self-contained HTML page.
import { createLedger, ed25519Signer, fixedClock, memoryStore } from '../src/index'
import { useNodeCrypto } from '../src/node'
import { townHistory } from './town/history'
import { DISTRICT, town } from './town/organizations'
import { showReport } from './town/showReport'

useNodeCrypto()
const clock = fixedClock('2015-01-01T09:00:00+08:00')
const signer = ed25519Signer('jinshan.example/credit', new Uint8Array(32).fill(7))
const ledger = createLedger({ store: memoryStore(), clock, signer })

// The association disputes the warning; the district rejects the objection. Both are recorded
// in their place in the town's history, since a ledger's recording times never go back.
const traders = town[1]?.org as string
async function objectAndResolve(): Promise<void> {
  const warning = (await ledger.creditFile(traders)).penalties[0]?.seq as number
  clock.set('2021-08-20T10:00:00+08:00')
  const { entries } = await ledger.append({
    org: traders,
    type: 'ObjectionFiled',
    effectiveAt: '2021-08-20',
    by: town[1]?.name as string,
    data: { disputes: [warning], grounds: '住所变更已于期限内口头报告，不应认定为未办理变更登记' },
  })
  clock.set('2021-09-03T10:00:00+08:00')
  await ledger.append({
    org: traders,
    type: 'ObjectionResolved',
    effectiveAt: '2021-09-03',
    by: DISTRICT,
    amends: entries[0]?.seq as number,
    data: {
      outcome: 'rejected',
      reason: '变更登记须书面申请，口头报告不符合规定',
      department: DISTRICT,
    },
  })
}

let objected = false
for (const day of townHistory()) {
  if (!objected && day.recordedOn > '2021-09-03') {
    await objectAndResolve()
    objected = true
  }
  clock.set(`${day.recordedOn}T17:00:00+08:00`)
  await ledger.append(typeof day.entries === 'function' ? await day.entries(ledger) : day.entries)
}
if (!objected) await objectAndResolve()

// The report as the public platform would show it on the last day of 2021, its check, a
// tampered copy caught on the exact item, and the self-contained HTML page.
const ok = await showReport(ledger, traders, { asOf: '2021-12-31', signer, lang: 'zh-CN' })
if (!ok) process.exit(1)
await ledger.close()
