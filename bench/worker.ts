// One case in a process of its own; started by harness/runCases.ts, never by hand.
import { writeFile } from 'node:fs/promises'
import { findCases } from './cases'
import { installSha } from './harness/installSha'
import type { WorkerRequest } from './harness/runCases'

const [requestText, out] = process.argv.slice(2)
if (requestText === undefined || out === undefined)
  throw new Error('usage: worker.ts <request json> <out file>')
const { case: name, ...rest } = JSON.parse(requestText) as WorkerRequest
const settings = { ...rest, log: (line: string) => process.stderr.write(`${line}\n`) }
installSha(settings)
const [benchCase] = await findCases([name])
if (benchCase === undefined) throw new Error(`no case is called ${name}`)
await writeFile(out, JSON.stringify(await benchCase.run(settings)))
