import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { Command } from 'commander'
import * as z from 'zod'
import { LedgerError } from '../../errors'
import { fromBase64, type MonitorState, monitorTiledLog, toBase64 } from '../../proof'
import { type CliContext, globalsOf, parseOptions } from '../context'
import { EXIT } from '../exitCodes'
import { issueLine } from '../output'

const monitorOptions = z.object({
  publicKey: z.string().min(1),
  state: z.string().min(1).optional(),
})

const savedState = z.strictObject({
  note: z.string().min(1),
  size: z.number().int().nonnegative(),
  root: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
})

/**
 * `monitor <source>`: looks at a tiled log (a directory, or an `http(s)://` prefix) as a monitor
 * does on each poll: checks its checkpoint under `--public-key`, its tiles and entries, and,
 * with `--state FILE`, holds it to the last look kept there. A fork ends with exit code 1 and
 * both signed checkpoints printed as evidence; a consistent log updates the state file.
 */
export function monitorCommand(context: CliContext): Command {
  const { t } = context
  return new Command('monitor')
    .description(t.monitor.describe)
    .argument('<source>', t.monitor.source)
    .requiredOption('--public-key <key>', t.monitor.publicKey)
    .option('--state <file>', t.monitor.state)
    .action(async (source: string, raw, command: Command) => {
      const { output } = globalsOf(context, command)
      const options = parseOptions(monitorOptions, raw)
      const stateFile = options.state ? resolve(context.io.cwd, options.state) : undefined
      const last = stateFile ? await readState(stateFile) : undefined
      const report = await monitorTiledLog(fetcher(source, context.io.cwd), options.publicKey, last)
      if (report.kind === 'invalid') {
        output.answer({ kind: report.kind, issues: report.issues }, () =>
          report.issues.map(issueLine).join('\n'),
        )
        context.exitCode = EXIT.failed
        return
      }
      if (report.kind === 'fork') {
        output.answer(report, () =>
          [
            t.monitor.fork(report.message),
            report.earlier.trimEnd(),
            '',
            report.later.trimEnd(),
          ].join('\n'),
        )
        context.exitCode = EXIT.failed
        return
      }
      if (stateFile) {
        const kept = {
          note: report.state.note,
          size: report.state.size,
          root: toBase64(report.state.root),
        }
        await writeFile(stateFile, `${JSON.stringify(kept, null, 2)}\n`)
      }
      output.answer(
        { kind: report.kind, size: report.state.size, added: report.entries.length },
        () => t.monitor.consistent(report.state.size, report.entries.length),
      )
      context.exitCode = EXIT.ok
    })
}

async function readState(file: string): Promise<MonitorState | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return undefined
  }
  let saved: z.infer<typeof savedState>
  try {
    saved = savedState.parse(JSON.parse(text))
  } catch {
    const message = `${file} is not a monitor's state (note, size, root)`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'invalid_value', path: ['state'], message },
    ])
  }
  return { note: saved.note, size: saved.size, root: fromBase64(saved.root) }
}

function fetcher(source: string, cwd: string): (path: string) => Promise<Uint8Array | undefined> {
  if (/^https?:\/\//.test(source)) {
    const prefix = source.endsWith('/') ? source : `${source}/`
    return async (path) => {
      const response = await fetch(`${prefix}${path}`)
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined
    }
  }
  const root = resolve(cwd, source)
  return async (path) => {
    try {
      return new Uint8Array(await readFile(join(root, path)))
    } catch {
      return undefined
    }
  }
}
