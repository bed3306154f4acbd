// The status inquiry of the town's register, served with node:http on 127.0.0.1: the search,
// each organization's public report, the two lists, how verification works, and the JSON API.
//
//   npx tsx examples/serveRegister.ts --serve --port 8080   stays up until Ctrl-C
//   npx tsx examples/serveRegister.ts                        asks itself four pages and exits
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createQueryHandler, type QueryHandler } from '../src/http/index'
import {
  createLedger,
  createRegister,
  ed25519Signer,
  fixedClock,
  memoryStore,
  verifierKey,
} from '../src/index'
import { useNodeCrypto } from '../src/node'
import { townHistory } from './town/history'
import { town } from './town/organizations'

useNodeCrypto()
const args = process.argv.slice(2)
const serve = args.includes('--serve')
const portArgument = args[args.indexOf('--port') + 1]
const port = args.includes('--port') ? Number(portArgument) : 0
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${portArgument}: expected a port number from 0 to 65535`)
  process.exit(2)
}

// The town's history, recorded day by day as in examples/demo.ts, and its register.
const clock = fixedClock('2015-01-01T09:00:00+08:00')
const signer = ed25519Signer('jinshan.example/credit', new Uint8Array(32).fill(7))
const store = memoryStore()
const ledger = createLedger({ store, clock, signer })
for (const day of townHistory()) {
  clock.set(`${day.recordedOn}T17:00:00+08:00`)
  await ledger.append(typeof day.entries === 'function' ? await day.entries(ledger) : day.entries)
}
const register = createRegister({ store })
await register.catchUp()

// The browser verifier as `npm run build` bundles it: report pages then check themselves.
const verifierScript = await readFile(
  new URL('../dist/browser/verify-report-page.js', import.meta.url),
  'utf8',
).catch(() => undefined)
if (verifierScript === undefined)
  console.log('no dist/browser: run npm run build for pages that verify themselves')

const handler = createQueryHandler({
  ledger,
  register,
  publicKey: verifierKey(signer),
  ...(verifierScript === undefined ? {} : { verifierScript }),
  onError: (error) => console.error(error),
})

// node:http speaks IncomingMessage and ServerResponse; the handler speaks Request and Response.
async function answer(
  handler: QueryHandler,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  let request: Request
  try {
    // Only GET and HEAD are answered, so the body is never read.
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    request = new Request(url, { method: incoming.method ?? 'GET', headers })
  } catch {
    // A method `Request` refuses to carry, such as CONNECT or TRACE.
    outgoing.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  const response = await handler.fetch(request)
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

const server = createServer((incoming, outgoing) => void answer(handler, incoming, outgoing))
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
console.log(`the town's register: ${base}/`)

if (serve) {
  process.on('SIGINT', () => server.close(() => process.exit(0)))
} else {
  const youth = town[6]?.org as string
  const paths = [
    '/',
    `/organizations/${youth}?on=2020-08-01`,
    '/lists/abnormal?on=2020-08-01',
    '/api/checkpoint',
  ]
  let failed = 0
  for (const path of paths) {
    const response = await fetch(`${base}${path}`)
    await response.arrayBuffer()
    console.log(`${response.status} ${response.headers.get('content-type')}  ${path}`)
    if (response.status !== 200) failed++
  }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await ledger.close()
  process.exit(failed === 0 ? 0 : 1)
}
