import { CommanderError } from 'commander'
import { isLedgerError } from '../errors'
import { commandLanguage } from './commandLanguage'
import type { CliContext } from './context'
import { EXIT, type ExitCode } from './exitCodes'
import type { CliIo } from './io'
import { messagesIn } from './messages'
import { issueLine } from './output'
import { buildProgram } from './program'
import { UsageError } from './usageError'

/**
 * Runs the command line on `argv` (the arguments after the program name) and returns its
 * exit code: 0 done, 1 a check failed, 2 used wrongly, 130 stopped by Ctrl-C (`io.signal`).
 * Never throws: every error becomes a message on stderr, or JSON on stdout with `--json`.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }, '1.0.0')
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  version: string,
): Promise<ExitCode> {
  const language = commandLanguage(argv, io.env)
  const context: CliContext = { io, language, t: messagesIn(language), exitCode: EXIT.ok }
  const json = argv.includes('--json')
  const program = buildProgram(context, version, json)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return context.exitCode
  } catch (error) {
    return failure(context, json, error)
  }
}

function failure(context: CliContext, json: boolean, error: unknown): ExitCode {
  const { t, io } = context
  if (error instanceof CommanderError) {
    // Help and version are "errors" only to commander.
    const shown = ['commander.helpDisplayed', 'commander.version', 'commander.help']
    if (shown.includes(error.code)) return EXIT.ok
    if (json) {
      const message = error.message.replace(/^error: /, '')
      io.stdout.write(
        `${JSON.stringify({ error: { code: 'USAGE', message, issues: [] } }, null, 2)}\n`,
      )
    }
    return EXIT.usage
  }
  if (io.signal?.aborted === true && isLedgerError(error) && error.code === 'ABORTED') {
    io.stderr.write(`${t.errors.interrupted}\n`)
    return EXIT.interrupted
  }
  const usage = error instanceof UsageError || isMissingFile(error)
  const message = error instanceof Error ? error.message : String(error)
  if (json) {
    const code = isLedgerError(error) ? error.code : usage ? 'USAGE' : 'FAILED'
    const issues = isLedgerError(error) ? error.issues : []
    io.stdout.write(`${JSON.stringify({ error: { code, message, issues } }, null, 2)}\n`)
  } else {
    const issues = isLedgerError(error) ? error.issues.map(issueLine) : []
    const heading = usage ? t.errors.usage : t.errors.failed
    const code = isLedgerError(error) ? ` [${error.code}]` : ''
    io.stderr.write(`${[`${heading}${code} ${message}`, ...issues].join('\n')}\n`)
  }
  return usage ? EXIT.usage : EXIT.failed
}

// A file named on the command line that is not there is a usage error, not a failed check.
function isMissingFile(error: unknown): boolean {
  if (isLedgerError(error)) return error.issues.some((issue) => issue.code === 'file_not_found')
  return (error as { code?: unknown } | null)?.code === 'ENOENT'
}
