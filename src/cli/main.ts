#!/usr/bin/env node
// The `integrity-ledger` executable: the process's streams, Ctrl-C, and the exit code.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { useNodeCrypto } from '../node'
import { runCli } from './runCli'

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string }

useNodeCrypto()
const stop = new AbortController()
// The first Ctrl-C (or a service manager's SIGTERM) asks long commands to stop between two
// steps and keep what they did; a second one ends the process at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(130)
    stop.abort(new Error('interrupted'))
  })
}

runCli(
  process.argv.slice(2),
  {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    signal: stop.signal,
    verifierScriptFile: fileURLToPath(new URL('../browser/verify-report-page.js', import.meta.url)),
  },
  version,
).then((code) => {
  process.exitCode = code
})
