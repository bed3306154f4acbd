import type { Command } from 'commander'
import * as z from 'zod'
import { LedgerError } from '../errors'
import type { Language } from '../language'
import { dayOf } from '../time'
import type { ExitCode } from './exitCodes'
import type { CliIo } from './io'
import type { CliMessages } from './messages'
import { type OpenWorkspace, openWorkspace } from './openWorkspace'
import { createOutput, type Output } from './output'
import { UsageError } from './usageError'
import { type ResolvedWorkspace, readWorkspace } from './workspace'

/** What every command is built with: the streams, the language and its words. */
export interface CliContext {
  readonly io: CliIo
  readonly language: Language
  readonly t: CliMessages
  /** Set by the command that ran. */
  exitCode: ExitCode
}

/** The options every command takes. */
export interface GlobalOptions {
  readonly json?: boolean
  readonly config?: string
  readonly store?: string
  readonly key?: string
}

/** The global options of a command's run, and the output they ask for. */
export function globalsOf(
  context: CliContext,
  command: Command,
): {
  readonly globals: GlobalOptions
  readonly output: Output
} {
  const globals = command.optsWithGlobals<GlobalOptions>()
  return { globals, output: createOutput(context.io, globals.json === true) }
}

/** Opens the workspace the global options name, runs `work` over it, and closes it. */
export async function inWorkspace<T>(
  context: CliContext,
  globals: GlobalOptions,
  work: (open: OpenWorkspace, workspace: ResolvedWorkspace) => Promise<T>,
): Promise<T> {
  const workspace = await readWorkspace(context.io, globals, context.language)
  const open = await openWorkspace(workspace)
  try {
    return await work(open, workspace)
  } finally {
    await open.close()
  }
}

/**
 * Throws `ABORTED` once Ctrl-C was pressed: long loops (an export, a verification) call it
 * between two steps, so they stop there, clean up, and the run ends with exit code 130.
 */
export function stopIfInterrupted(context: CliContext): void {
  if (context.io.signal?.aborted === true) {
    throw new LedgerError('ABORTED', context.t.errors.interrupted)
  }
}

/** Today in China, where the registers are kept. */
export function today(): string {
  return dayOf(new Date().toISOString())
}

/**
 * Checks a command's options with a zod schema; a failure is a usage error naming the option
 * as typed (`--as-of`) and the reason.
 */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '')
    const flag = key === '' ? '' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `
    return `${flag}${issue.message}`
  })
  throw new UsageError(lines.join('; '))
}

/** A calendar day option: `YYYY-MM-DD`, a real date. */
export const dayOption: z.ZodString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a calendar day, YYYY-MM-DD')
  .refine(
    (value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value),
    {
      message: 'no such day',
    },
  )

/** A count option given as text on the command line. */
export const countOption = (max: number): z.ZodCoercedNumber<unknown> =>
  z.coerce.number().int('expected a whole number').min(0).max(max)
