import { LedgerError, type PlainIssueCode } from '../../errors'

/**
 * The error for a file that cannot be read: `NOT_FOUND` when it does not exist, otherwise
 * `INVALID_INPUT` (`unreadable_file`: a folder, no permission), naming the file.
 */
export function fileError(label: string, error: unknown): LedgerError {
  if (error instanceof LedgerError) return error
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') {
    const message = `${label} does not exist`
    return new LedgerError('NOT_FOUND', message, [{ code: 'file_not_found', path: [], message }], {
      cause: error,
    })
  }
  const reason = error instanceof Error ? error.message : String(error)
  const message = `${label} cannot be read: ${reason}`
  return new LedgerError(
    'INVALID_INPUT',
    message,
    [{ code: 'unreadable_file', path: [], message }],
    {
      cause: error,
    },
  )
}

/** `INVALID_INPUT` for a fault in the file at `line`: the message names the file and the line. */
export function faultAt(
  label: string,
  line: number,
  code: PlainIssueCode,
  reason: string,
  cause?: unknown,
): LedgerError {
  const message = `${label} line ${line}: ${reason}`
  return new LedgerError('INVALID_INPUT', message, [{ code, path: [line], message }], { cause })
}
